// The one place that decides whether an actor may read or write. Until accounts land (issue 3),
// every identified actor may do everything and anonymous visitors may only read; services call
// these functions so that the rules can be tightened here without touching them.
import type { Actor } from './actor.ts';
import { Forbidden } from './errors.ts';

export function assertCanRead(_actor: Actor): void {}

export function assertCanWrite(actor: Actor): void {
  if (actor.kind === 'anonymous') throw new Forbidden('sign in to change data');
}
