// Every change to evidence and party rows goes through here: the write and its audit entry happen in
// the caller's transaction, and "delete" only marks the row deleted (nothing is purged).
import type { Kysely, Selectable } from 'kysely';
import {
  type AuditAction,
  type AuditService,
  auditedTables,
  type BulkRecorder,
  type EntityType,
} from '../audit/index.ts';
import type { Actor } from '../core/actor.ts';
import { Invalid, NotFound } from '../core/errors.ts';
import type {
  ApiTokensTable,
  AttributionDecisionsTable,
  CaseMembersTable,
  CasePublicationsTable,
  CasesTable,
  CompanyRepliesTable,
  ComponentsTable,
  CustodyEventsTable,
  Database,
  Db,
  EvidenceFilesTable,
  OrganizationsTable,
  PartsTable,
  PersonsTable,
  ProductionTargetsTable,
  RecoveredItemsTable,
  RestrictionsTable,
  ScreeningHitsTable,
  SerialPatternsTable,
  UsersTable,
  VariantProfileVersionsTable,
  WatchlistChangesTable,
  WatchlistEntriesTable,
  WatchlistsTable,
  WatchlistVersionsTable,
} from '../db/index.ts';
import { bumpAccessEpoch, RowsRepository } from './rows.repository.ts';

/** Changes to these rows change who may see what: cached grants must be read again. */
const accessTypes: ReadonlySet<EntityType> = new Set(['case', 'case_member', 'user']);

export type Trx = Kysely<Database>;

/** The stored row of each audited entity. */
export interface RowOf {
  case: Selectable<CasesTable>;
  item: Selectable<RecoveredItemsTable>;
  component: Selectable<ComponentsTable>;
  evidence_file: Selectable<EvidenceFilesTable>;
  custody_event: Selectable<CustodyEventsTable>;
  organization: Selectable<OrganizationsTable>;
  person: Selectable<PersonsTable>;
  user: Selectable<UsersTable>;
  case_member: Selectable<CaseMembersTable>;
  api_token: Selectable<ApiTokensTable>;
  case_publication: Selectable<CasePublicationsTable>;
  restriction: Selectable<RestrictionsTable>;
  company_reply: Selectable<CompanyRepliesTable>;
  part: Selectable<PartsTable>;
  watchlist: Selectable<WatchlistsTable>;
  watchlist_version: Selectable<WatchlistVersionsTable>;
  watchlist_entry: Selectable<WatchlistEntriesTable>;
  watchlist_change: Selectable<WatchlistChangesTable>;
  screening_hit: Selectable<ScreeningHitsTable>;
  variant_profile_version: Selectable<VariantProfileVersionsTable>;
  attribution_decision: Selectable<AttributionDecisionsTable>;
  serial_pattern: Selectable<SerialPatternsTable>;
  production_target: Selectable<ProductionTargetsTable>;
}

const labels: Record<EntityType, string> = {
  case: 'case',
  item: 'recovered item',
  component: 'component',
  evidence_file: 'evidence file',
  custody_event: 'custody event',
  organization: 'organization',
  person: 'person',
  user: 'user',
  case_member: 'case member',
  api_token: 'API token',
  case_publication: 'publication',
  restriction: 'restriction',
  company_reply: 'company reply',
  part: 'catalog part',
  watchlist: 'watch list',
  watchlist_version: 'watch-list version',
  watchlist_entry: 'watch-list entry',
  watchlist_change: 'watch-list change',
  screening_hit: 'screening hit',
  variant_profile_version: 'variant profiles version',
  attribution_decision: 'attribution decision',
  serial_pattern: 'serial-number pattern',
  production_target: 'declared production target',
};

export class AuditedWriter {
  constructor(
    readonly db: Db,
    readonly audit: AuditService,
    readonly rows = new RowsRepository(),
  ) {}

  transaction<T>(fn: (trx: Trx) => Promise<T>): Promise<T> {
    return this.db.kysely.transaction().execute(fn);
  }

  async get<T extends EntityType>(trx: Trx, type: T, id: number, includeDeleted = false): Promise<RowOf[T]> {
    const row = await this.rows.get(trx, auditedTables[type], id);
    if (!row || (!includeDeleted && row.deleted_at)) throw new NotFound(labels[type], id);
    return row as unknown as RowOf[T];
  }

  /** A record linked from another one of the case (a parent, a photo…): one that does not exist and
   * one of another case get the same answer, so that a link cannot probe other cases' ids. */
  async linked<T extends 'item' | 'component' | 'evidence_file'>(
    trx: Trx,
    type: T,
    id: number,
    caseId: number,
    path: string,
  ): Promise<RowOf[T]> {
    const row = (await this.rows.get(trx, auditedTables[type], id)) as
      | { case_id?: number; deleted_at?: string }
      | undefined;
    if (!row || row.deleted_at || row.case_id !== caseId)
      throw Invalid.at(path, `there is no ${labels[type]} ${id} in case ${caseId}`);
    return row as unknown as RowOf[T];
  }

  async create<T extends EntityType>(
    trx: Trx,
    actor: Actor,
    type: T,
    values: Record<string, unknown>,
  ): Promise<RowOf[T]> {
    const now = new Date().toISOString();
    const row = await this.rows.insert(trx, auditedTables[type], {
      ...values,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    await this.audit.record(trx, actor, {
      action: 'create',
      entityType: type,
      entityId: row.id,
      before: null,
      after: row,
    });
    if (accessTypes.has(type)) await bumpAccessEpoch(trx);
    return row as unknown as RowOf[T];
  }

  /** Inserts many rows at once; `bulk` (one audit entry for the whole batch job) commits to each. */
  async createMany<T extends EntityType>(
    trx: Trx,
    bulk: BulkRecorder,
    type: T,
    values: Record<string, unknown>[],
  ): Promise<RowOf[T][]> {
    const now = new Date().toISOString();
    const rows = await this.rows.insertMany(
      trx,
      auditedTables[type],
      values.map((v) => ({ ...v, created_at: now, updated_at: now, deleted_at: null })),
    );
    await bulk.add(rows);
    if (accessTypes.has(type)) await bumpAccessEpoch(trx);
    return rows as unknown as RowOf[T][];
  }

  async update<T extends EntityType>(
    trx: Trx,
    actor: Actor,
    type: T,
    id: number,
    values: Record<string, unknown>,
    action: AuditAction = 'update',
    includeDeleted = false,
  ): Promise<RowOf[T]> {
    const before = await this.get(trx, type, id, includeDeleted);
    const after = await this.rows.update(trx, auditedTables[type], id, {
      ...values,
      updated_at: new Date().toISOString(),
    });
    await this.audit.record(trx, actor, { action, entityType: type, entityId: id, before, after });
    if (accessTypes.has(type)) await bumpAccessEpoch(trx);
    return after as unknown as RowOf[T];
  }

  async softDelete<T extends EntityType>(trx: Trx, actor: Actor, type: T, id: number): Promise<RowOf[T]> {
    const row = await this.get(trx, type, id, true);
    if (row.deleted_at) return row;
    return this.update(trx, actor, type, id, { deleted_at: new Date().toISOString() }, 'delete', true);
  }

  async restore<T extends EntityType>(trx: Trx, actor: Actor, type: T, id: number): Promise<RowOf[T]> {
    const row = await this.get(trx, type, id, true);
    if (!row.deleted_at) return row;
    return this.update(trx, actor, type, id, { deleted_at: null }, 'restore', true);
  }
}
