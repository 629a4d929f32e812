// Who is asking. Every service method takes an Actor so that access control lives in one place
// (see `access.ts`) and every audit entry names who made the change.

export type Actor =
  | { kind: 'user'; id: number; name: string }
  | { kind: 'token'; id: number; name: string; userId: number }
  | { kind: 'local'; name: string }
  | { kind: 'system'; name: string; job?: number }
  | { kind: 'anonymous' };

/** The CLI working on a local data folder: whoever holds the files is in control. */
export const localAdmin: Actor = { kind: 'local', name: 'local administrator' };

/** Background jobs run as this actor; the audit log records the job. */
export function systemActor(job?: number): Actor {
  return { kind: 'system', name: 'system', job };
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
      return actor.job === undefined ? 'system' : `system:job:${actor.job}`;
    case 'anonymous':
      return 'anonymous';
  }
}
