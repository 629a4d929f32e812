// The published view of a case's records: what a reader who is not a member sees. Restricted fields
// (sources, custody contacts, internal notes, camera metadata) are left out, places are moved to the
// centre of a grid cell (default 10 km) and times are cut to the month. Pure functions, no I/O.
import type { Component, CustodyEvent, EvidenceFile, RecoveredItem } from './evidence.schema.ts';

/** Fields a member reads that are withheld from the published view; a member's read of them is logged. */
export const restrictedFields = {
  item: ['source', 'notes'],
  component: ['notes'],
  custody_event: ['fromParty', 'toParty', 'place', 'notes'],
  evidence_file: ['exif', 'gpsLatitude', 'gpsLongitude'],
} as const;

const KM_PER_DEGREE = 111.32;

/** The centre of the grid cell of `gridKm` that holds the point: cells are `gridKm` tall everywhere and
 * about `gridKm` wide at their own latitude. */
export function coarsenPlace(
  latitude: number,
  longitude: number,
  gridKm: number,
): { latitude: number; longitude: number } {
  const latStep = gridKm / KM_PER_DEGREE;
  const row = Math.floor((latitude + 90) / latStep);
  const lat = Math.min(90, -90 + (row + 0.5) * latStep);
  const cos = Math.max(Math.cos((lat * Math.PI) / 180), 1e-6);
  const lonStep = Math.min(360, gridKm / (KM_PER_DEGREE * cos));
  const col = Math.floor((longitude + 180) / lonStep);
  const lon = Math.min(180, -180 + (col + 0.5) * lonStep);
  return { latitude: round6(lat), longitude: round6(lon) };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** `2024-03-07T14:20:00Z` → `2024-03-01`: the first day of the month, with precision "month". */
export function toMonth(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  return m ? `${m[1]}-${m[2]}-01` : null;
}

export function publishedItem(item: RecoveredItem, gridKm: number): RecoveredItem {
  const place =
    item.latitude != null && item.longitude != null
      ? coarsenPlace(item.latitude, item.longitude, gridKm)
      : { latitude: null, longitude: null };
  return {
    ...item,
    ...place,
    recoveredAt: toMonth(item.recoveredAt),
    recoveredPrecision: item.recoveredAt
      ? item.recoveredPrecision === 'year'
        ? 'year'
        : 'month'
      : item.recoveredPrecision,
    placeName: null,
    source: null,
    notes: null,
  };
}

export function publishedComponent(c: Component): Component {
  return { ...c, notes: null };
}

export function publishedCustodyEvent(e: CustodyEvent): CustodyEvent {
  return {
    ...e,
    occurredAt: toMonth(e.occurredAt) ?? e.occurredAt,
    fromParty: null,
    toParty: null,
    place: null,
    notes: null,
  };
}

export function publishedFile(f: EvidenceFile): EvidenceFile {
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(f.originalName)?.[0] ?? '';
  return {
    ...f,
    // The original name may carry a source's or a place's name.
    originalName: `evidence-${f.id}${ext.toLowerCase()}`,
    capturedAt: toMonth(f.capturedAt),
    gpsLatitude: null,
    gpsLongitude: null,
    exif: null,
  };
}

/** Which of the given restricted fields hold a value in any of the rows. */
export function restrictedPresent<T extends object>(rows: T[], fields: readonly string[]): string[] {
  return fields.filter((f) => rows.some((r) => (r as Record<string, unknown>)[f] != null));
}
