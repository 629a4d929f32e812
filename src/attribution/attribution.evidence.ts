// What attribution reads of a stored item: its own fields and its components', reduced to ItemEvidence.
// A component's maker is the name recorded on it, else its organization's name, so that a maker the
// marking reader resolved without a transcribed name still counts as evidence.
import type { ComponentEvidence, ItemEvidence } from './attribution.item.ts';
import type { ComponentFacts, ItemFacts } from './attribution.repository.ts';

export function itemEvidence(item: ItemFacts, components: readonly ComponentFacts[]): ItemEvidence {
  return {
    id: item.id,
    designationAssessed: item.designation_assessed,
    designationMarked: item.designation_marked,
    serialNumber: item.serial_number,
    markings: item.markings,
    tags: item.tags ? (JSON.parse(item.tags) as string[]) : null,
    components: components.map((c) => ({
      subsystem: c.subsystem as ComponentEvidence['subsystem'],
      maker: c.maker ?? c.org_name,
      makerOrgId: c.maker_org_id,
      partNumber: c.part_number,
      category: c.category,
      markingRaw: c.marking_raw,
    })),
  };
}

/** Components grouped by their item, for building many items' evidence at once. */
export function byItem(components: readonly ComponentFacts[]): Map<number, ComponentFacts[]> {
  const out = new Map<number, ComponentFacts[]>();
  for (const c of components) {
    const list = out.get(c.item_id) ?? [];
    list.push(c);
    out.set(c.item_id, list);
  }
  return out;
}
