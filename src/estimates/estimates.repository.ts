// SQL of production estimates: the assessed designations in a reader's cases with their counts, the
// serials of one designation's items (where and when each was recovered), and the serial patterns and
// declared targets kept as shared reference data.
import { type Kysely, sql } from 'kysely';
import type { ReadScope } from '../core/access.ts';
import type { Database, DialectName } from '../db/index.ts';
import { scopeCondition } from '../evidence/index.ts';

type Db = Kysely<Database>;

export class EstimatesRepository {
  constructor(private readonly dialect: DialectName) {}

  private items(db: Db, scope: ReadScope) {
    return db
      .selectFrom('recovered_items')
      .where('deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'recovered_items', 'item'));
  }

  async designations(db: Db, scope: ReadScope) {
    const rows = await this.items(db, scope)
      .where('designation_assessed', 'is not', null)
      .select([
        'designation_assessed as designation',
        sql<number | string>`count(*)`.as('items'),
        sql<number | string>`count(serial_number)`.as('with_serial'),
        sql<number | string>`count(distinct case_id)`.as('cases'),
      ])
      .groupBy('designation_assessed')
      .execute();
    return rows.map((r) => ({
      designation: r.designation as string,
      items: Number(r.items),
      withSerial: Number(r.with_serial),
      cases: Number(r.cases),
    }));
  }

  /** The items of one assessed designation that carry a serial, oldest id first. */
  async observations(db: Db, designation: string, caseId: number | undefined, scope: ReadScope) {
    let q = this.items(db, scope)
      .where('designation_assessed', '=', designation)
      .where('serial_number', 'is not', null);
    if (caseId !== undefined) q = q.where('case_id', '=', caseId);
    return q.select(['id', 'case_id', 'serial_number', 'recovered_at']).orderBy('id').execute();
  }

  async patterns(db: Db) {
    return db
      .selectFrom('serial_patterns')
      .selectAll()
      .where('deleted_at', 'is', null)
      .orderBy('designation_key')
      .execute();
  }

  async pattern(db: Db, key: string) {
    return db
      .selectFrom('serial_patterns')
      .selectAll()
      .where('designation_key', '=', key)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  }

  async targets(db: Db, key?: string) {
    let q = db.selectFrom('production_targets').selectAll().where('deleted_at', 'is', null);
    if (key !== undefined) q = q.where('designation_key', '=', key);
    return q.orderBy('designation_key').orderBy('by_date').orderBy('id').execute();
  }
}
