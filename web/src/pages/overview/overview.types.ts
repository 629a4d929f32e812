// The answer of GET /api/stats as the overview uses it (src/evidence/search.routes.ts is the source).

export interface RecentChange {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: number | null;
  caseId: number | null;
}

export interface Stats {
  items: number;
  components: number;
  cases: number;
  files: number;
  itemsByType: Record<string, number>;
  itemsByMonth: { month: string; count: number }[];
  componentsBySubsystem: Record<string, number>;
  componentsByCategory: { category: string | null; count: number }[];
  recent: RecentChange[];
}

/** One bar of a chart: what it counts and how many. */
export interface Bar {
  label: string;
  count: number;
}
