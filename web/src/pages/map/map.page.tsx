// The map of recoveries (`/map`): every readable item with a place, clustered on an offline world map,
// filtered by designation, type, recovery dates and case (the filters live in the address). Places of
// published cases come coarsened from the API, and the legend says so.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { Case, Page } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatNumber, label } from '../../ui/ui.format.ts';
import { DemoBadge, Loading, PageTitle } from '../../ui/ui.status.tsx';
import { ItemListing, PickedList } from './map.list.tsx';
import type { MapFilters, MapPoints } from './map.types.ts';
import { MapView } from './map.view.tsx';

const ITEM_TYPES = ['uav', 'loitering_munition', 'missile', 'other'];
const KEYS: (keyof MapFilters)[] = ['caseId', 'itemType', 'designation', 'recoveredFrom', 'recoveredTo'];

function Filters({
  f,
  set,
  cases,
  designations,
}: {
  f: MapFilters;
  set(k: keyof MapFilters, v: string): void;
  cases: Case[];
  designations: { name: string; count: number }[];
}) {
  // The chosen designation stays a choice while the list is reloading or when no item has it.
  const names =
    designations.some((d) => d.name === f.designation) || !f.designation
      ? designations
      : [{ name: f.designation, count: 0 }, ...designations];
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
      <label>
        Designation
        <select value={f.designation} onChange={(e) => set('designation', e.target.value)}>
          <option value="">All</option>
          {names.map((d) => (
            <option key={d.name} value={d.name}>
              {d.name} ({formatNumber(d.count)})
            </option>
          ))}
        </select>
      </label>
      <label>
        Item type
        <select value={f.itemType} onChange={(e) => set('itemType', e.target.value)}>
          <option value="">All</option>
          {ITEM_TYPES.map((t) => (
            <option key={t} value={t}>
              {label(t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Recovered from
        <input type="date" value={f.recoveredFrom} onChange={(e) => set('recoveredFrom', e.target.value)} />
      </label>
      <label>
        Recovered to
        <input type="date" value={f.recoveredTo} onChange={(e) => set('recoveredTo', e.target.value)} />
      </label>
      <label>
        Case
        <select value={f.caseId} onChange={(e) => set('caseId', e.target.value)}>
          <option value="">All cases you can read</option>
          {cases.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

function Legend({ points, demo }: { points: MapPoints; demo: boolean }) {
  const anyCoarse = points.coarse.some(Boolean);
  return (
    <div className="map-legend" data-testid="map-legend">
      <span>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5" className="map-swatch" />
        </svg>{' '}
        an item
      </span>
      <span>
        <svg width="20" height="20" aria-hidden="true">
          <circle cx="10" cy="10" r="9" className="map-swatch" />
        </svg>{' '}
        a cluster (number of items; click to zoom in)
      </span>
      {anyCoarse && (
        <span data-testid="map-coarse-note">
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5" className="map-swatch coarse" />
          </svg>{' '}
          published cases: places coarsened (the centre of a grid cell; dates to the month)
        </span>
      )}
      {demo && <DemoBadge />}
    </div>
  );
}

export default function MapPage() {
  const [params, setParams] = useSearchParams();
  const f: MapFilters = {
    caseId: params.get('caseId') ?? '',
    itemType: params.get('itemType') ?? '',
    designation: params.get('designation') ?? '',
    recoveredFrom: params.get('recoveredFrom') ?? '',
    recoveredTo: params.get('recoveredTo') ?? '',
  };
  const set = (k: keyof MapFilters, v: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (v) next.set(k, v);
        else next.delete(k);
        return next;
      },
      { replace: true },
    );
  const query = Object.fromEntries(KEYS.map((k) => [k, f[k]]));
  const cases = useQuery({
    queryKey: ['/api/cases'],
    queryFn: ({ signal }) => api<Page<Case>>('/api/cases', { signal }),
  });
  const map = useQuery({
    queryKey: ['/api/items/map', query],
    queryFn: ({ signal }) => api<MapPoints>('/api/items/map', { query, signal }),
    placeholderData: keepPreviousData,
  });
  const [picked, setPicked] = useState<number[] | null>(null);
  const points = map.data;
  // A pick belongs to the points it was made on.
  useEffect(() => {
    if (points) setPicked(null);
  }, [points]);

  const caseById = useMemo(() => new Map((cases.data?.rows ?? []).map((c) => [c.id, c])), [cases.data]);
  const caseTitle = (id: number) => caseById.get(id)?.title ?? `case #${id}`;
  const demo = useMemo(
    () => (points ? points.caseId.some((id) => caseById.get(id)?.isDemo) : false),
    [points, caseById],
  );

  return (
    <>
      <PageTitle title="Map of recoveries">Map of recoveries {demo && <DemoBadge />}</PageTitle>
      <Filters f={f} set={set} cases={cases.data?.rows ?? []} designations={points?.designations ?? []} />
      <ErrorBox error={map.error ?? cases.error} />
      {!points ? (
        map.isPending && <Loading what="the map" />
      ) : (
        <>
          <Legend points={points} demo={demo} />
          <div className="map-layout" aria-busy={map.isFetching}>
            <MapView points={points} onPick={setPicked} />
            <aside className="map-panel" aria-labelledby="map-panel-h" aria-live="polite">
              <h2 id="map-panel-h">{picked ? `${formatNumber(picked.length)} picked` : 'Pick a point'}</h2>
              {picked ? (
                <>
                  <PickedList points={points} indices={picked.slice(0, 200)} />
                  {picked.length > 200 && <p className="muted">The first 200 are listed.</p>}
                  <button type="button" className="secondary" onClick={() => setPicked(null)}>
                    Close
                  </button>
                </>
              ) : (
                <p className="muted">Click an item to see it here, or a cluster to zoom in.</p>
              )}
            </aside>
          </div>
          <ItemListing points={points} caseTitle={caseTitle} />
        </>
      )}
    </>
  );
}
