// Rows for exports, read in id order a page at a time (keyset paging: constant cost per page).
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';

export class ExportsRepository {
  items(db: Kysely<Database>, caseId: number, afterId: number, limit: number) {
    return db
      .selectFrom('recovered_items')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('deleted_at', 'is', null)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  components(db: Kysely<Database>, caseId: number, afterId: number, limit: number) {
    return db
      .selectFrom('components as c')
      .innerJoin('recovered_items as i', 'i.id', 'c.item_id')
      .leftJoin('components as p', 'p.id', 'c.parent_id')
      .selectAll('c')
      .select(['i.external_ref as item_ref', 'p.position as parent_position'])
      .where('c.case_id', '=', caseId)
      .where('c.deleted_at', 'is', null)
      .where('c.id', '>', afterId)
      .orderBy('c.id')
      .limit(limit)
      .execute();
  }
}
