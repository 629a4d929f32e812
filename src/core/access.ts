// The one place that decides whether an actor may read or write. Services call these functions with
// the case a record belongs to; routes only say which rule applies. Rules:
// - a case's members read it (viewer), write it (editor, owner) and manage its members (owner);
// - a published case is read by anyone, in its published form (see `CaseView`);
// - shared reference data (parties, catalog, watch lists…) is read by every signed-in user and
//   changed by analysts and admins; users and settings by admins;
// - the local administrator (the CLI on the data folder) and background jobs may do everything;
// - a record the actor may not read is reported as not found, so that ids reveal nothing.
import type { Actor, CaseRole, Grants } from './actor.ts';
import { Forbidden, NotFound, Unauthenticated } from './errors.ts';

/** How an actor sees a case: in full (a member, the local administrator) or in its published form. */
export type CaseView = 'full' | 'published';

/** Which cases an actor may read: all, or these in full and those in their published form. */
export type ReadScope = { all: true } | { all: false; full: number[]; published: number[] };

const rank: Record<CaseRole, number> = { viewer: 1, editor: 2, owner: 3 };

function grantsOf(actor: Actor): Grants | null {
  return actor.kind === 'user' || actor.kind === 'token' ? actor.grants : null;
}

const isPrivileged = (actor: Actor) => actor.kind === 'local' || actor.kind === 'system';

export function isSignedIn(actor: Actor): boolean {
  return actor.kind !== 'anonymous';
}

function publishedOf(actor: Actor): ReadonlySet<number> {
  if (actor.kind === 'anonymous') return actor.published ?? new Set();
  return grantsOf(actor)?.published ?? new Set();
}

/** The actor's role in a case, or null when it is not a member. */
export function roleIn(actor: Actor, caseId: number): CaseRole | null {
  return grantsOf(actor)?.cases.get(caseId) ?? null;
}

/** How the actor may see this case, or null when it may not see it at all. */
export function caseView(actor: Actor, caseId: number): CaseView | null {
  if (isPrivileged(actor)) return 'full';
  if (roleIn(actor, caseId)) return 'full';
  const g = grantsOf(actor);
  // A case-scoped token sees nothing outside its case, published or not.
  if (g?.onlyCase != null && g.onlyCase !== caseId) return null;
  return publishedOf(actor).has(caseId) ? 'published' : null;
}

/** Scopes already worked out, per grants (one per request): a list and its presentation ask twice. */
const scopes = new WeakMap<Grants, ReadScope>();

export function readScope(actor: Actor): ReadScope {
  if (isPrivileged(actor)) return { all: true };
  const g = grantsOf(actor);
  const kept = g && scopes.get(g);
  if (kept) return kept;
  const scope = computeScope(actor, g);
  if (g) scopes.set(g, scope);
  return scope;
}

function computeScope(actor: Actor, g: Grants | null): ReadScope {
  const full = g ? [...g.cases.keys()] : [];
  const fullSet = new Set(full);
  const published = [...publishedOf(actor)].filter(
    (id) => !fullSet.has(id) && (g?.onlyCase == null || g.onlyCase === id),
  );
  return { all: false, full, published };
}

/** Throws NotFound (as if the record did not exist) unless the actor may see the case. */
export function assertCaseRead(actor: Actor, caseId: number, entity: string, id: number | string): CaseView {
  const view = caseView(actor, caseId);
  if (!view) throw new NotFound(entity, id);
  return view;
}

/** Throws unless the actor may change records of the case (an editor or owner with a writing
 * credential). A record it may not even read is reported as not found. */
export function assertCaseWrite(
  actor: Actor,
  caseId: number,
  entity: string,
  id: number | string,
  need: CaseRole = 'editor',
): void {
  if (isPrivileged(actor)) return;
  const view = assertCaseRead(actor, caseId, entity, id);
  if (actor.kind === 'anonymous') throw new Unauthenticated('sign in to change data');
  const role = roleIn(actor, caseId);
  if (view !== 'full' || !role || rank[role] < rank[need])
    throw new Forbidden(
      need === 'owner' ? 'only an owner of the case may do this' : 'you may only read this case',
    );
  if (!grantsOf(actor)?.canWrite) throw new Forbidden('this API token may only read');
}

/** Work beyond one case (opening cases, reference data, users) needs a credential that may write and
 * is not limited to one case. */
function assertInstanceWide(g: Grants): void {
  if (!g.canWrite) throw new Forbidden('this API token may only read');
  if (g.onlyCase != null) throw new Forbidden('this API token is limited to one case');
}

/** Opening a case: any signed-in user with a writing credential not limited to one case. */
export function assertCanCreateCase(actor: Actor): void {
  if (isPrivileged(actor)) return;
  assertSignedIn(actor);
  const g = grantsOf(actor);
  if (g) assertInstanceWide(g);
}

export function assertSignedIn(actor: Actor): void {
  if (actor.kind === 'anonymous') throw new Unauthenticated('sign in first');
}

/** Shared reference data (parties, catalog, watch lists, trade records, decisions): every signed-in user. */
export function assertReferenceRead(actor: Actor): void {
  assertSignedIn(actor);
}

/** Changing shared reference data: analysts and admins. */
export function assertReferenceWrite(actor: Actor): void {
  if (isPrivileged(actor)) return;
  assertSignedIn(actor);
  const g = grantsOf(actor);
  if (!g || (g.instanceRole !== 'analyst' && g.instanceRole !== 'admin'))
    throw new Forbidden('only analysts change shared reference data');
  assertInstanceWide(g);
}

export function isAdmin(actor: Actor): boolean {
  return isPrivileged(actor) || grantsOf(actor)?.instanceRole === 'admin';
}

/** Users and instance settings: admins (and the local administrator). */
export function assertAdmin(actor: Actor, write = true): void {
  if (isPrivileged(actor)) return;
  assertSignedIn(actor);
  const g = grantsOf(actor);
  if (g?.instanceRole !== 'admin') throw new Forbidden('only an administrator may do this');
  if (write) assertInstanceWide(g);
}

/** An administrator acting with a credential that may change anything (not a read-only or
 * case-limited token), or the local administrator. */
export function canAdminister(actor: Actor): boolean {
  if (isPrivileged(actor)) return true;
  const g = grantsOf(actor);
  return g?.instanceRole === 'admin' && g.canWrite && g.onlyCase == null;
}

/** Managing a case's members and its publication: its owners; an admin too, so that a case whose
 * owners have left can be handed on (the audit log records it). */
export function assertCaseManage(actor: Actor, caseId: number): void {
  if (canAdminister(actor)) return;
  assertCaseWrite(actor, caseId, 'case', caseId, 'owner');
}
