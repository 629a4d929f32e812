// What one import row must be, per kind, and its identity (DESIGN.md, "Row identity in imports"):
// items by case + external reference, else designation + serial + recovery date; components by
// item + position + marking.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ComponentInput, RecoveredItemInput } from '../evidence/index.ts';

export const ItemRow = RecoveredItemInput;
export type ItemRow = z.output<typeof ItemRow>;

export const ComponentRow = ComponentInput.omit({ itemId: true, parentId: true })
  .extend({
    itemId: z.number().int().positive().nullish(),
    itemRef: z.string().trim().min(1).max(200).nullish(),
    parentPosition: z.string().trim().min(1).max(200).nullish(),
  })
  .superRefine((v, ctx) => {
    if (!v.itemId && !v.itemRef) {
      ctx.addIssue({
        code: 'custom',
        path: ['itemRef'],
        message: 'is required: the external reference of the item (or an itemId column)',
      });
    }
  });
export type ComponentRow = z.output<typeof ComponentRow>;

const key = (...parts: (string | number | null | undefined)[]) =>
  createHash('sha1')
    .update(parts.map((p) => (p === null || p === undefined ? '\u0001' : String(p))).join('\u0000'))
    .digest('base64');

export function itemIdentity(v: ItemRow): string {
  return v.externalRef
    ? key('ref', v.caseId, v.externalRef)
    : key('serial', v.caseId, v.designationMarked, v.serialNumber, v.recoveredAt);
}

/** The item a component row points at, as written in the file. */
export function itemPointer(v: ComponentRow): string {
  return v.itemId ? `id:${v.itemId}` : `ref:${v.itemRef}`;
}

export function componentIdentity(
  item: string | number,
  position: string | null | undefined,
  marking: string,
): string {
  return key(item, position, marking);
}
