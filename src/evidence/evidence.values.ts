// Validated input → column values, including the folded search text that the full-text index reads.
// Shared by the services and the bulk import so that both store exactly the same row for the same input.
import type { z } from 'zod';
import { searchText } from '../text/index.ts';
import type {
  ComponentInput,
  CustodyEventInput,
  OrganizationInput,
  PersonInput,
  RecoveredItemInput,
} from './evidence.schema.ts';

type Out<T extends z.ZodType> = z.output<T>;
const str = (v: unknown) => (v === undefined ? null : (v as string | null));
const jsonOrNull = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Tags without repeats (compared ignoring case), in the order given; none is null, not []. */
function tagsValue(tags: readonly string[] | null | undefined): string | null {
  const seen = new Set<string>();
  const kept = (tags ?? []).filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return kept.length > 0 ? JSON.stringify(kept) : null;
}

export function itemValues(v: Out<typeof RecoveredItemInput>) {
  return {
    case_id: v.caseId,
    external_ref: str(v.externalRef),
    item_type: v.itemType,
    designation_marked: str(v.designationMarked),
    designation_assessed: str(v.designationAssessed),
    designation_assessment: jsonOrNull(v.designationAssessment),
    serial_number: str(v.serialNumber),
    markings: str(v.markings),
    recovered_at: str(v.recoveredAt),
    recovered_precision: v.recoveredAt ? (v.recoveredPrecision ?? 'day') : null,
    latitude: v.latitude ?? null,
    longitude: v.longitude ?? null,
    place_name: str(v.placeName),
    country: str(v.country),
    condition: str(v.condition),
    source: str(v.source),
    observation: str(v.observation),
    source_reliability: str(v.sourceReliability),
    notes: str(v.notes),
    tags: tagsValue(v.tags),
    search_text: searchText(
      v.externalRef,
      v.designationMarked,
      v.designationAssessed,
      v.serialNumber,
      v.markings,
      v.placeName,
      v.condition,
      v.notes,
      ...(v.tags ?? []),
    ),
  };
}

export function componentValues(v: Out<typeof ComponentInput>, caseId: number) {
  // A parsed field given without an origin was typed by a person.
  const origins: Record<string, unknown> = { ...(v.fieldOrigins ?? {}) };
  for (const [field, value] of [
    ['maker', v.maker],
    ['partNumber', v.partNumber],
    ['dateCode', v.dateCode],
    ['lotCode', v.lotCode],
    ['serial', v.serial],
    ['countryOfAssembly', v.countryOfAssembly],
  ] as const) {
    if (value && !origins[field]) origins[field] = { origin: 'human' };
    if (!value) delete origins[field];
  }
  return {
    case_id: caseId,
    item_id: v.itemId,
    parent_id: v.parentId ?? null,
    subsystem: v.subsystem,
    position: str(v.position),
    category: str(v.category),
    quantity: v.quantity,
    marking_raw: v.markingRaw,
    maker: str(v.maker),
    maker_org_id: v.makerOrgId ?? null,
    part_number: str(v.partNumber),
    date_code: str(v.dateCode),
    lot_code: str(v.lotCode),
    serial: str(v.serial),
    country_of_assembly: v.countryOfAssembly ?? null,
    part_id: v.partId ?? null,
    date_earliest: null as string | null,
    date_latest: null as string | null,
    date_ambiguous: null as number | null,
    marking_flags: null as string | null,
    marking_confidence: null as number | null,
    field_origins: Object.keys(origins).length ? JSON.stringify(origins) : null,
    evidence_file_id: v.evidenceFileId ?? null,
    photo_region: jsonOrNull(v.photoRegion),
    notes: str(v.notes),
    search_text: searchText(
      v.markingRaw,
      v.maker,
      v.partNumber,
      v.lotCode,
      v.dateCode,
      v.serial,
      v.category,
      v.position,
      v.notes,
    ),
  };
}

export function custodyValues(v: Out<typeof CustodyEventInput>) {
  return {
    case_id: v.caseId,
    item_id: v.itemId ?? null,
    evidence_file_id: v.evidenceFileId ?? null,
    occurred_at: v.occurredAt,
    action: v.action,
    from_party: str(v.fromParty),
    to_party: str(v.toParty),
    place: str(v.place),
    notes: str(v.notes),
  };
}

function partyValues(v: Out<typeof OrganizationInput> | Out<typeof PersonInput>, extraNames: string[]) {
  return {
    name: v.name,
    aliases: JSON.stringify(v.aliases),
    countries: JSON.stringify(v.countries),
    identifiers: JSON.stringify(v.identifiers),
    addresses: JSON.stringify(v.addresses),
    roles: JSON.stringify(v.roles),
    notes: str(v.notes),
    search_text: searchText(v.name, ...v.aliases, ...extraNames, ...v.identifiers.map((i) => i.value)),
  };
}

export function organizationValues(v: Out<typeof OrganizationInput>) {
  return {
    ...partyValues(v, v.formerNames),
    former_names: JSON.stringify(v.formerNames),
    parent_id: v.parentId ?? null,
  };
}

export function personValues(v: Out<typeof PersonInput>) {
  return { ...partyValues(v, []), birth_date: str(v.birthDate) };
}
