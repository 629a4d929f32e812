// SQL of the catalog: parts with their maker and how often they were found, and where a part was found
// (components, items, cases and lots) within the cases a reader may see.
import { type Kysely, sql } from 'kysely';
import type { ReadScope } from '../core/access.ts';
import type { Database, DialectName } from '../db/index.ts';
import { scopeCondition } from '../evidence/index.ts';

export interface PartListFilter {
  q?: string;
  makerOrgId?: number;
  hs6?: string;
  hs6In?: string[];
  category?: string;
  sort?: 'number' | 'maker' | 'components';
  order?: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export class CatalogRepository {
  constructor(private readonly dialect: DialectName) {}

  async list(db: Kysely<Database>, f: PartListFilter, scope: ReadScope) {
    let q = db
      .selectFrom('parts')
      .leftJoin('organizations', 'organizations.id', 'parts.maker_org_id')
      .where('parts.deleted_at', 'is', null);
    if (f.makerOrgId) q = q.where('parts.maker_org_id', '=', f.makerOrgId);
    if (f.category) q = q.where('parts.category', '=', f.category);
    if (f.hs6) q = q.where('parts.hs6', '=', f.hs6);
    if (f.hs6In) q = q.where('parts.hs6', 'in', f.hs6In.length ? f.hs6In : ['-']);
    if (f.q) q = q.where('parts.search_text', 'like', `%${f.q.toLowerCase().replace(/[%_]/g, '')}%`);
    const total = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    const dir = f.order ?? 'asc';
    // How often found counts only the components the reader may see.
    const found = sql`(select count(*) from components c where c.part_id = parts.id and c.deleted_at is null and ${scopeCondition(this.dialect, scope, 'c', 'component')})`;
    const by =
      f.sort === 'components'
        ? found
        : f.sort === 'maker'
          ? sql`coalesce(organizations.name, '')`
          : sql.ref('parts.number');
    const rows = await q
      .select([
        'parts.id',
        'parts.number',
        'parts.base',
        'parts.maker_org_id',
        'parts.category',
        'parts.hs6',
        'organizations.name as maker_name',
        'organizations.countries as maker_countries',
      ])
      .orderBy(by, dir)
      .orderBy('parts.id', dir)
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    return { total: Number(total.n), rows };
  }

  async get(db: Kysely<Database>, id: number) {
    return db
      .selectFrom('parts')
      .leftJoin('organizations', 'organizations.id', 'parts.maker_org_id')
      .selectAll('parts')
      .select(['organizations.name as maker_name', 'organizations.countries as maker_countries'])
      .where('parts.id', '=', id)
      .executeTakeFirst();
  }

  /** Every live component of the part within the reader's scope, with its item and case. */
  async found(db: Kysely<Database>, partId: number, scope: ReadScope, lotCode?: string) {
    let q = db
      .selectFrom('components')
      .innerJoin('recovered_items', 'recovered_items.id', 'components.item_id')
      .innerJoin('cases', 'cases.id', 'components.case_id')
      .where('components.part_id', '=', partId)
      .where('components.deleted_at', 'is', null)
      .where('recovered_items.deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'components', 'component'));
    if (lotCode !== undefined) q = q.where('components.lot_code', '=', lotCode);
    return q
      .select([
        'components.id as component_id',
        'components.item_id',
        'components.case_id',
        'cases.title',
        'components.date_code',
        'components.date_earliest',
        'components.date_latest',
        'components.date_ambiguous',
        'components.lot_code',
        'recovered_items.recovered_at',
        'recovered_items.designation_marked',
        'recovered_items.designation_assessed',
      ])
      .orderBy('components.id')
      .limit(10_000)
      .execute();
  }

  /** Components per part that the reader may see, for the list. */
  async componentCounts(db: Kysely<Database>, partIds: number[], scope: ReadScope) {
    if (partIds.length === 0) return new Map<number, number>();
    const rows = await db
      .selectFrom('components')
      .select(['part_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('part_id', 'in', partIds)
      .where('deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'components', 'component'))
      .groupBy('part_id')
      .execute();
    return new Map(rows.map((r) => [r.part_id as number, Number(r.n)]));
  }
}
