// Full-text search over items, components and parties: ids from the index, then the rows to show.
import type { Kysely } from 'kysely';
import type { ReadScope } from '../core/access.ts';
import { type Database, type DialectName, fullTextTop } from '../db/index.ts';
import { scopeCondition } from './scope.repository.ts';

export class SearchRepository {
  constructor(private readonly dialect: DialectName) {}

  topIds(
    db: Kysely<Database>,
    table: 'recovered_items' | 'components' | 'organizations' | 'persons',
    terms: string[][],
    limit: number,
    scope: ReadScope,
  ) {
    if (table === 'organizations' || table === 'persons')
      return fullTextTop(db, this.dialect, table, terms, limit);
    const type = table === 'recovered_items' ? 'item' : 'component';
    return fullTextTop(db, this.dialect, table, terms, limit, (alias) =>
      scopeCondition(this.dialect, scope, alias, type),
    );
  }

  async items(db: Kysely<Database>, ids: number[]) {
    if (ids.length === 0) return [];
    return db
      .selectFrom('recovered_items')
      .select([
        'id',
        'case_id',
        'designation_marked',
        'designation_assessed',
        'serial_number',
        'external_ref',
        'place_name',
        'markings',
        'tags',
        'condition',
      ])
      .where('id', 'in', ids)
      .execute();
  }

  async components(db: Kysely<Database>, ids: number[]) {
    if (ids.length === 0) return [];
    return db
      .selectFrom('components')
      .select([
        'id',
        'case_id',
        'item_id',
        'marking_raw',
        'part_number',
        'maker',
        'position',
        'subsystem',
        'lot_code',
        'date_code',
        'serial',
        'category',
      ])
      .where('id', 'in', ids)
      .execute();
  }

  async parties(db: Kysely<Database>, table: 'organizations' | 'persons', ids: number[]) {
    if (ids.length === 0) return [];
    return db
      .selectFrom(table as 'organizations')
      .select(['id', 'name', 'aliases', 'countries'])
      .where('id', 'in', ids)
      .execute();
  }
}
