// The subject of an attribution: what has been recorded about one recovered item and its components,
// reduced to what diagnostic features look at. Built from the database by the service; absent and null
// fields both mean "not recorded", which is why everything but the subsystem is nullish.
import { z } from 'zod';
import { subsystems } from '../evidence/evidence.schema.ts';

const recorded = z.string().nullish();

export const ComponentEvidence = z.object({
  subsystem: z.enum(subsystems),
  /** The maker as read from the marking (a name or an alias), when one was read. */
  maker: recorded,
  /** The organization the maker resolved to. */
  makerOrgId: z.union([z.number().int(), z.string()]).nullish(),
  partNumber: recorded,
  /** The component's category, or its catalog part's: lets a feature look at one slot ("GNSS receiver"). */
  category: recorded,
  /** The marking as transcribed; empty when nothing was legible. */
  markingRaw: z.string().default(''),
});
export type ComponentEvidence = z.output<typeof ComponentEvidence>;

export const ItemEvidence = z.object({
  id: z.union([z.number().int(), z.string()]),
  designationAssessed: recorded,
  designationMarked: recorded,
  serialNumber: recorded,
  /** Everything printed on the item itself, as transcribed. */
  markings: recorded,
  /** Construction tags an analyst recorded ("foam-fuselage"); none recorded is not "none present". */
  tags: z.array(z.string()).nullish(),
  components: z.array(ComponentEvidence).default([]),
});
export type ItemEvidence = z.output<typeof ItemEvidence>;
export type ItemEvidenceInput = z.input<typeof ItemEvidence>;
