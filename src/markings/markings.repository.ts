// SQL of the markings module: the organizations that carry maker profiles, the recovery dates of the
// items whose components are being read, and the catalog parts a reading links to.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../db/index.ts';

/** Organizations the reader knows as makers: the shipped reference makers, those with a marking
 * profile, and every organization with the maker role (found by its name and aliases). */
const isMaker = (eb: ExpressionBuilder<Database, 'organizations'>) =>
  eb.or([
    eb('reference_key', 'is not', null),
    eb('marking_profile', 'is not', null),
    eb('roles', 'like', '%"maker"%'),
  ]);

export class MarkingsRepository {
  /** Changes when any maker organization changes: the key of the cached maker index. */
  async makersStamp(db: Kysely<Database>): Promise<string> {
    const r = await db
      .selectFrom('organizations')
      .select([(eb) => eb.fn.countAll<number | string>().as('n'), (eb) => eb.fn.max('updated_at').as('at')])
      .where(isMaker)
      .executeTakeFirstOrThrow();
    return `${r.n}:${r.at ?? ''}`;
  }

  async makers(db: Kysely<Database>) {
    return db
      .selectFrom('organizations')
      .select(['id', 'name', 'reference_key', 'marking_profile', 'countries', 'aliases', 'former_names'])
      .where('deleted_at', 'is', null)
      .where(isMaker)
      .execute();
  }

  async referenceKeys(db: Kysely<Database>): Promise<Map<string, number>> {
    const rows = await db
      .selectFrom('organizations')
      .select(['id', 'reference_key'])
      .where('reference_key', 'is not', null)
      .execute();
    return new Map(rows.map((r) => [r.reference_key as string, r.id]));
  }

  async recoveryDates(db: Kysely<Database>, itemIds: number[]): Promise<Map<number, string | null>> {
    if (itemIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('recovered_items')
      .select(['id', 'recovered_at'])
      .where('id', 'in', itemIds)
      .execute();
    return new Map(rows.map((r) => [r.id, r.recovered_at]));
  }

  async partsByNumber(db: Kysely<Database>, numbers: string[]) {
    if (numbers.length === 0) return [];
    return db
      .selectFrom('parts')
      .select(['id', 'number', 'maker_org_id'])
      .where('number', 'in', numbers)
      .where('deleted_at', 'is', null)
      .execute();
  }
}
