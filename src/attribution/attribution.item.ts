// The subject of an attribution: what has been recorded about one recovered item and its components,
// reduced to what diagnostic features look at. Built from the database by the service; absent and null
// fields both mean "not recorded", which is why everything but the subsystem and the marking is nullish.
import type { subsystems } from '../evidence/evidence.schema.ts';

type Recorded = string | null | undefined;

export interface ComponentEvidence {
  subsystem: (typeof subsystems)[number];
  /** The maker as read from the marking (a name or an alias), when one was read. */
  maker?: Recorded;
  /** The organization the maker resolved to. */
  makerOrgId?: number | string | null;
  partNumber?: Recorded;
  /** The component's category, or its catalog part's: lets a feature look at one slot ("GNSS receiver"). */
  category?: Recorded;
  /** The marking as transcribed; empty when nothing was legible. */
  markingRaw: string;
}

export interface ItemEvidence {
  id: number | string;
  designationAssessed?: Recorded;
  designationMarked?: Recorded;
  serialNumber?: Recorded;
  /** Everything printed on the item itself, as transcribed. */
  markings?: Recorded;
  /** Construction tags an analyst recorded ("foam-fuselage"); none recorded is not "none present". */
  tags?: string[] | null;
  components: ComponentEvidence[];
}
