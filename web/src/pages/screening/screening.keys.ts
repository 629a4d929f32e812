// The review queue's keys: j/k or the arrows move, m/n/u decide (match, not a match, unsure). A key
// pressed while typing (a text field, a select, an editable region) or with a modifier (the browser's
// own shortcuts) is not the queue's.
import type { Decision } from '../../api/api.types.ts';

export type QueueAction = { move: 1 | -1 } | { decide: Decision };

const KEYS: Record<string, QueueAction> = {
  j: { move: 1 },
  ArrowDown: { move: 1 },
  k: { move: -1 },
  ArrowUp: { move: -1 },
  m: { decide: 'match' },
  n: { decide: 'not_match' },
  u: { decide: 'unsure' },
};

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function queueAction(e: KeyboardEvent): QueueAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return null;
  return KEYS[e.key] ?? null;
}
