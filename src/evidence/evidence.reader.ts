// Reads of case-scoped records on behalf of an actor: the record if the actor may see it (else "not
// found"), whether it sees it in full or in its published form, and the log of a member's read of
// restricted fields, which lands in the audit chain as a `read` event.
import { assertCaseRead, type CaseView, type ReadScope, readScope } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { NotFound } from '../core/errors.ts';
import { restrictedFields, restrictedPresent } from './evidence.published.ts';
import type { AuditedWriter, RowOf, Trx } from './evidence.writer.ts';
import { type RestrictableType, RestrictionRepository, restrictionKeys } from './scope.repository.ts';

const labels: Record<RestrictableType, string> = {
  item: 'recovered item',
  component: 'component',
  evidence_file: 'evidence file',
  custody_event: 'custody event',
};

export interface ReaderOptions {
  /** Size in km of the grid cell that published places are moved to the centre of. */
  gridKm: number;
}

export class CaseReader {
  constructor(
    private readonly w: AuditedWriter,
    readonly options: ReaderOptions,
    private readonly restrictions = new RestrictionRepository(),
  ) {}

  scope(actor: Actor): ReadScope {
    return readScope(actor);
  }

  /** The row, if the actor may see it, and how. A restricted record or a deleted one is not part of
   * any published view. */
  async one<T extends RestrictableType>(
    actor: Actor,
    type: T,
    id: number,
    includeDeleted = false,
    db: Trx = this.w.db.kysely,
  ): Promise<{ row: RowOf[T]; view: CaseView }> {
    const row = await this.w.get(db, type, id, includeDeleted);
    const view = assertCaseRead(actor, row.case_id, labels[type], id);
    if (view === 'published') {
      const keys = restrictionKeys(type, row as unknown as Record<string, unknown>);
      if (row.deleted_at || (await this.restrictions.isRestricted(db, keys)))
        throw new NotFound(labels[type], id);
    }
    return { row, view };
  }

  /** One record as this actor may see it: its published form, or the whole record with the read of
   * its restricted fields logged. */
  async shown<T extends RestrictableType, R extends { id: number }>(
    actor: Actor,
    type: T,
    id: number,
    map: (row: RowOf[T]) => R,
    redact: (r: R) => R,
    includeDeleted = false,
  ): Promise<R> {
    const { row, view } = await this.one(actor, type, id, includeDeleted);
    const record = map(row);
    if (view === 'published') return redact(record);
    await this.logRead(actor, type, [record]);
    return record;
  }

  /** Records as this actor may see them: redacted where it reads a case only in its published form;
   * a member's read of restricted fields is logged. */
  async present<R extends { id: number; caseId: number }>(
    actor: Actor,
    type: RestrictableType,
    records: R[],
    redact: (r: R) => R,
  ): Promise<R[]> {
    const scope = readScope(actor);
    if (scope.all) return records;
    const published = new Set(scope.published);
    await this.logRead(
      actor,
      type,
      records.filter((r) => !published.has(r.caseId)),
    );
    return records.map((r) => (published.has(r.caseId) ? redact(r) : r));
  }

  /** Records that a member (a user or a token, not the local administrator) read restricted fields. */
  async logRead(actor: Actor, type: RestrictableType, rows: { id: number }[]): Promise<void> {
    if (actor.kind !== 'user' && actor.kind !== 'token') return;
    const fields = restrictedPresent(rows, restrictedFields[type]);
    if (fields.length === 0) return;
    const ids = rows
      .filter((r) => fields.some((f) => (r as Record<string, unknown>)[f] != null))
      .map((r) => r.id);
    await this.w.transaction((trx) =>
      this.w.audit.event(trx, actor, {
        action: 'read',
        entityType: type,
        entityId: ids.length === 1 ? ids[0] : null,
        details: { ids, fields },
      }),
    );
  }
}
