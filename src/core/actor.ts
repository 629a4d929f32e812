// Who is asking. Every service method takes an Actor so that access control lives in one place
// (see `access.ts`) and every audit entry names who made the change. A signed-in user or an API token
// carries its grants, resolved once per request.

export type CaseRole = 'viewer' | 'editor' | 'owner';
export type InstanceRole = 'admin' | 'analyst' | 'member';

export interface Grants {
  instanceRole: InstanceRole;
  /** The cases this actor is a member of, with its role (for a case-scoped token: that case only). */
  cases: ReadonlyMap<number, CaseRole>;
  /** Every published case: readable by anyone, in its published (redacted) form. */
  published: ReadonlySet<number>;
  /** False for a read-only API token. */
  canWrite: boolean;
  /** The one case an API token is limited to, if any. */
  onlyCase: number | null;
}

export type Actor =
  | { kind: 'user'; id: number; name: string; grants: Grants }
  | { kind: 'token'; id: number; name: string; userId: number; grants: Grants }
  | { kind: 'local'; name: string }
  | { kind: 'system'; name: string; job?: number; onBehalfOf?: string }
  | { kind: 'anonymous'; published?: ReadonlySet<number> };

/** The CLI working on a local data folder: whoever holds the files is in control. */
export const localAdmin: Actor = { kind: 'local', name: 'local administrator' };

/** Background jobs run as this actor; the audit log records the job and who asked for it. */
export function systemActor(job?: number, onBehalfOf?: string): Actor {
  return { kind: 'system', name: 'system', job, onBehalfOf };
}

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return `user:${actor.id}:${actor.name}`;
    case 'token':
      return `token:${actor.id}:${actor.name}`;
    case 'local':
      return `local:${actor.name}`;
    case 'system':
      if (actor.job === undefined) return 'system';
      return actor.onBehalfOf ? `system:job:${actor.job} for ${actor.onBehalfOf}` : `system:job:${actor.job}`;
    case 'anonymous':
      return 'anonymous';
  }
}

/** The user behind an actor (a token acts for its user), if any. */
export function userIdOf(actor: Actor): number | null {
  if (actor.kind === 'user') return actor.id;
  if (actor.kind === 'token') return actor.userId;
  return null;
}
