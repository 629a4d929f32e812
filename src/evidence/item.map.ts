// The map of recoveries: every item with coordinates that the actor may read, as columns. Items of a
// case read only in its published form are shown as the published view shows them: the place moved to
// the centre of its grid cell, the date cut to the month (restricted items are not in the scope at all).
import type { ReadScope } from '../core/access.ts';
import { coarsenPlace, toMonth } from './evidence.published.ts';
import type { MapFilter, MapPoints } from './evidence.schema.ts';

export interface MapRow {
  id: number;
  case_id: number;
  latitude: number | null;
  longitude: number | null;
  designation_marked: string | null;
  designation_assessed: string | null;
  item_type: string;
  recovered_at: string | null;
}

export function mapPoints(rows: MapRow[], f: MapFilter, scope: ReadScope, gridKm: number): MapPoints {
  const published = new Set(scope.all ? [] : scope.published);
  const wanted = f.designation?.toLowerCase();
  const out: MapPoints = {
    count: 0,
    id: [],
    caseId: [],
    lat: [],
    lon: [],
    designation: [],
    itemType: [],
    recoveredAt: [],
    coarse: [],
    designations: [],
  };
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (r.latitude === null || r.longitude === null) continue;
    const designation = r.designation_assessed ?? r.designation_marked;
    if (designation !== null) counts.set(designation, (counts.get(designation) ?? 0) + 1);
    if (
      wanted !== undefined &&
      r.designation_marked?.toLowerCase() !== wanted &&
      r.designation_assessed?.toLowerCase() !== wanted
    )
      continue;
    const coarse = published.has(r.case_id);
    const place = coarse
      ? coarsenPlace(r.latitude, r.longitude, gridKm)
      : { latitude: r.latitude, longitude: r.longitude };
    out.id.push(r.id);
    out.caseId.push(r.case_id);
    out.lat.push(place.latitude);
    out.lon.push(place.longitude);
    out.designation.push(designation);
    out.itemType.push(r.item_type);
    out.recoveredAt.push(coarse ? toMonth(r.recovered_at) : r.recovered_at);
    out.coarse.push(coarse);
  }
  out.count = out.id.length;
  out.designations = [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return out;
}
