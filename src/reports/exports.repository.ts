// Rows for exports, read in id order a page at a time (keyset paging: constant cost per page).
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/index.ts';
import { notRestricted } from '../evidence/index.ts';

export class ExportsRepository {
  async caseExists(db: Kysely<Database>, caseId: number): Promise<boolean> {
    const row = await db
      .selectFrom('cases')
      .select('id')
      .where('id', '=', caseId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** `published`: only what the published view shows (no record marked restricted). */
  items(db: Kysely<Database>, caseId: number, afterId: number, limit: number, published = false) {
    return db
      .selectFrom('recovered_items')
      .selectAll()
      .where(published ? notRestricted('recovered_items', 'item') : sql<boolean>`1 = 1`)
      .where('case_id', '=', caseId)
      .where('deleted_at', 'is', null)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  components(db: Kysely<Database>, caseId: number, afterId: number, limit: number, published = false) {
    return db
      .selectFrom('components as c')
      .innerJoin('recovered_items as i', 'i.id', 'c.item_id')
      .leftJoin('components as p', 'p.id', 'c.parent_id')
      .selectAll('c')
      .select(['i.external_ref as item_ref', 'p.position as parent_position'])
      .where(published ? notRestricted('c', 'component') : sql<boolean>`1 = 1`)
      .where('c.case_id', '=', caseId)
      .where('c.deleted_at', 'is', null)
      .where('c.id', '>', afterId)
      .orderBy('c.id')
      .limit(limit)
      .execute();
  }
}
