// The answer of GET /api/items/map (src/evidence/evidence.schema.ts MapPoints is the source): one
// array per field, index i of each is one item.

export interface MapPoints {
  count: number;
  id: number[];
  caseId: number[];
  lat: number[];
  lon: number[];
  designation: (string | null)[];
  itemType: string[];
  recoveredAt: (string | null)[];
  /** The place is the centre of a grid cell and the date a month: a case read in its published form. */
  coarse: boolean[];
  /** Designations before the designation filter, with counts (the filter's choices). */
  designations: { name: string; count: number }[];
}

/** The map's filters, as in the address and the API's query. */
export interface MapFilters {
  caseId: string;
  itemType: string;
  designation: string;
  recoveredFrom: string;
  recoveredTo: string;
}
