// SQL of attribution: the versions of the variant profile document, the human decisions in force, and
// what attribution reads of items and their components (each component's maker with its organization's
// name, and its category or its catalog part's), always within what the reader may see.
import { type Kysely, sql } from 'kysely';
import type { ReadScope } from '../core/access.ts';
import type { Database, DialectName } from '../db/index.ts';
import { scopeCondition } from '../evidence/index.ts';

type Db = Kysely<Database>;

/** Ids per `in (…)` list: well under the parameter limits of both databases. */
const CHUNK = 500;

/** `run` on each slice of at most CHUNK ids, in order, the rows concatenated. */
async function inChunks<R>(ids: readonly number[], run: (chunk: number[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await run(ids.slice(i, i + CHUNK))));
  return out;
}

export interface ItemFacts {
  id: number;
  case_id: number;
  external_ref: string | null;
  designation_marked: string | null;
  designation_assessed: string | null;
  serial_number: string | null;
  markings: string | null;
  tags: string | null;
}

export interface ComponentFacts {
  item_id: number;
  subsystem: string;
  maker: string | null;
  maker_org_id: number | null;
  org_name: string | null;
  part_number: string | null;
  category: string | null;
  marking_raw: string;
}

const itemColumns = [
  'id',
  'case_id',
  'external_ref',
  'designation_marked',
  'designation_assessed',
  'serial_number',
  'markings',
  'tags',
] as const;

export class AttributionRepository {
  constructor(private readonly dialect: DialectName) {}

  /** The live version in force (the highest), without its document. */
  async latestVersion(db: Db) {
    return db
      .selectFrom('variant_profile_versions')
      .select(['id', 'version', 'sha256'])
      .where('deleted_at', 'is', null)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async versionRow(db: Db, version: number) {
    return db
      .selectFrom('variant_profile_versions')
      .selectAll()
      .where('version', '=', version)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  }

  /** Every version, newest first, without the documents. */
  async versions(db: Db) {
    return db
      .selectFrom('variant_profile_versions')
      .select(['version', 'format', 'sha256', 'variant_count', 'label', 'saved_by', 'created_at'])
      .where('deleted_at', 'is', null)
      .orderBy('version', 'desc')
      .execute();
  }

  /** The number the next version gets: one past every version ever saved. */
  async nextVersion(db: Db): Promise<number> {
    const row = await db
      .selectFrom('variant_profile_versions')
      .select((eb) => eb.fn.max('version').as('last'))
      .executeTakeFirst();
    return Number(row?.last ?? 0) + 1;
  }

  async liveDecision(db: Db, itemId: number) {
    return db
      .selectFrom('attribution_decisions')
      .selectAll()
      .where('item_id', '=', itemId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  }

  async liveDecisions(db: Db, itemIds: readonly number[]) {
    return inChunks(itemIds, (ids) =>
      db
        .selectFrom('attribution_decisions')
        .selectAll()
        .where('item_id', 'in', ids)
        .where('deleted_at', 'is', null)
        .execute(),
    );
  }

  async item(db: Db, id: number): Promise<ItemFacts | undefined> {
    return db.selectFrom('recovered_items').select(itemColumns).where('id', '=', id).executeTakeFirst();
  }

  /** A page of a case's live items the reader may see, by id, optionally of one designation. */
  async caseItems(
    db: Db,
    caseId: number,
    f: { designation?: string; limit: number; offset: number },
    scope: ReadScope,
  ): Promise<{ total: number; rows: ItemFacts[] }> {
    let q = db
      .selectFrom('recovered_items')
      .where('case_id', '=', caseId)
      .where('deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'recovered_items', 'item'));
    if (f.designation) {
      const d = f.designation;
      q = q.where((eb) => eb.or([eb('designation_assessed', '=', d), eb('designation_marked', '=', d)]));
    }
    const counted = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
    const rows = await q.select(itemColumns).orderBy('id').limit(f.limit).offset(f.offset).execute();
    return { total: Number(counted?.n ?? 0), rows };
  }

  /** The live components of these items that the reader may see (a restricted one is in no published
   * view, and so is no evidence there either). */
  async components(db: Db, itemIds: readonly number[], scope: ReadScope): Promise<ComponentFacts[]> {
    return inChunks(itemIds, (ids) =>
      db
        .selectFrom('components as c')
        .leftJoin('organizations as o', 'o.id', 'c.maker_org_id')
        .leftJoin('parts as p', 'p.id', 'c.part_id')
        .select([
          'c.item_id',
          'c.subsystem',
          'c.maker',
          'c.maker_org_id',
          'o.name as org_name',
          'c.part_number',
          sql<string | null>`coalesce(c.category, p.category)`.as('category'),
          'c.marking_raw',
        ])
        .where('c.item_id', 'in', ids)
        .where('c.deleted_at', 'is', null)
        .where(scopeCondition(this.dialect, scope, 'c', 'component'))
        .orderBy('c.id')
        .execute(),
    );
  }
}
