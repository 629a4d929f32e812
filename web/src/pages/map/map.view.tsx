// The interactive map: country shapes, the recoveries clustered by supercluster at the current zoom,
// zoom with the wheel or the + / − buttons, pan by dragging or with the arrow buttons. A cluster click
// zooms in (or, where its items share one place, lists them); a point click lists its item. The
// buttons do all of it from the keyboard (every marker is a button too).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Supercluster, { type ClusterProperties } from 'supercluster';
import { formatNumber } from '../../ui/ui.format.ts';
import { countryPaths, graticulePath, HEIGHT, project, spherePath, WIDTH } from './map.geo.ts';
import type { MapPoints } from './map.types.ts';

interface PointProps {
  i: number;
  coarse: number;
}
interface ClusterProps {
  coarse: number;
}
type Index = Supercluster<PointProps, ClusterProps>;

const MAX_K = 2048;
/** Beyond this zoom level, items still together share a place: a click lists them. */
const LAST_SPLIT_ZOOM = 12;
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

/** Pan buttons: the name, the arrow and the shift of the drawing (the view moves the other way). */
const PANS: [string, string, number, number][] = [
  ['west', '←', 80, 0],
  ['north', '↑', 0, 80],
  ['south', '↓', 0, -80],
  ['east', '→', -80, 0],
];

interface View {
  k: number;
  x: number;
  y: number;
}

const clampView = (v: View): View => {
  const k = Math.min(MAX_K, Math.max(1, v.k));
  return {
    k,
    x: Math.min(0, Math.max(WIDTH * (1 - k), v.x)),
    y: Math.min(0, Math.max(HEIGHT * (1 - k), v.y)),
  };
};
/** The zoom about a point of the drawing box (which stays where it is). */
const zoomAbout = (v: View, factor: number, px: number, py: number): View => {
  const k = Math.min(MAX_K, Math.max(1, v.k * factor));
  const f = k / v.k;
  return clampView({ k, x: px - (px - v.x) * f, y: py - (py - v.y) * f });
};
/** The supercluster zoom level whose pixel scale matches the drawing's (the world 256 px wide at 0). */
const levelOf = (k: number) => Math.max(0, Math.floor(Math.log2((WIDTH * k) / 256)));

/** The view that shows every point, with room around them (the whole world when there are none). */
function fitView(p: MapPoints): View {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < p.count; i++) {
    const q = project(p.lon[i], p.lat[i]);
    if (!q) continue;
    x0 = Math.min(x0, q[0]);
    y0 = Math.min(y0, q[1]);
    x1 = Math.max(x1, q[0]);
    y1 = Math.max(y1, q[1]);
  }
  if (x0 > x1) return { k: 1, x: 0, y: 0 };
  // A country's breadth at least, so that one point is not shown at the closest zoom.
  const w = Math.max(x1 - x0, 40);
  const h = Math.max(y1 - y0, 20);
  const k = Math.min(WIDTH / (w * 1.4), HEIGHT / (h * 1.4), 32);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return clampView({ k, x: WIDTH / 2 - cx * k, y: HEIGHT / 2 - cy * k });
}

function buildIndex(p: MapPoints): Index {
  const index: Index = new Supercluster<PointProps, ClusterProps>({
    radius: 34,
    maxZoom: 16,
    map: (props) => ({ coarse: props.coarse }),
    reduce: (acc, props) => {
      acc.coarse += props.coarse;
    },
  });
  index.load(
    p.id.map((_, i) => ({
      type: 'Feature' as const,
      properties: { i, coarse: p.coarse[i] ? 1 : 0 },
      geometry: { type: 'Point' as const, coordinates: [p.lon[i], p.lat[i]] },
    })),
  );
  return index;
}

export interface MapViewProps {
  points: MapPoints;
  /** Indices (into the columns) of the items a click picked. */
  onPick(indices: number[]): void;
}

export function MapView({ points, onPick }: MapViewProps) {
  const svg = useRef<SVGSVGElement>(null);
  const fitted = useMemo(() => fitView(points), [points]);
  const [view, setView] = useState<View>(fitted);
  // New points (other filters): the view moves to them.
  useEffect(() => setView(fitted), [fitted]);
  const drag = useRef<{ x: number; y: number; view: View; moved: boolean } | null>(null);
  const index = useMemo(() => buildIndex(points), [points]);

  /** A pointer position in the drawing box's coordinates. */
  const toBox = useCallback((clientX: number, clientY: number): [number, number] => {
    const r = svg.current?.getBoundingClientRect();
    if (!r || r.width === 0) return [WIDTH / 2, HEIGHT / 2];
    return [((clientX - r.left) / r.width) * WIDTH, ((clientY - r.top) / r.height) * HEIGHT];
  }, []);

  // React's wheel listener is passive; zooming must stop the page from scrolling.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const [px, py] = toBox(e.clientX, e.clientY);
      setView((v) => zoomAbout(v, Math.exp(-e.deltaY * 0.002), px, py));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [toBox]);

  const level = levelOf(view.k);
  const shown = useMemo(() => {
    const out: {
      key: string;
      x: number;
      y: number;
      count: number;
      coarse: number;
      cluster?: number;
      i?: number;
    }[] = [];
    for (const f of index.getClusters(WORLD, level)) {
      const [lon, lat] = f.geometry.coordinates;
      const p = project(lon, lat);
      if (!p) continue;
      const x = p[0] * view.k + view.x;
      const y = p[1] * view.k + view.y;
      if (x < -20 || y < -20 || x > WIDTH + 20 || y > HEIGHT + 20) continue;
      const props = f.properties as Partial<ClusterProperties> & PointProps & ClusterProps;
      if (props.cluster)
        out.push({
          key: `c${props.cluster_id}`,
          x,
          y,
          count: props.point_count ?? 0,
          coarse: props.coarse,
          cluster: props.cluster_id,
        });
      else out.push({ key: `p${props.i}`, x, y, count: 1, coarse: props.coarse, i: props.i });
    }
    return out;
  }, [index, level, view]);

  const pick = (m: (typeof shown)[number]) => {
    if (m.cluster === undefined) {
      if (m.i !== undefined) onPick([m.i]);
      return;
    }
    const next = index.getClusterExpansionZoom(m.cluster);
    if (next > LAST_SPLIT_ZOOM) {
      onPick(index.getLeaves(m.cluster, Number.POSITIVE_INFINITY).map((l) => l.properties.i));
      return;
    }
    // Zoom so that the cluster splits, centred on it.
    const k = Math.min(MAX_K, Math.max(view.k * 2, (256 * 2 ** next) / WIDTH + 0.01));
    const bx = (m.x - view.x) / view.k;
    const by = (m.y - view.y) / view.k;
    setView(clampView({ k, x: WIDTH / 2 - bx * k, y: HEIGHT / 2 - by * k }));
  };

  const zoomBy = (f: number) => setView((v) => zoomAbout(v, f, WIDTH / 2, HEIGHT / 2));
  const panBy = (dx: number, dy: number) => setView((v) => clampView({ ...v, x: v.x + dx, y: v.y + dy }));

  return (
    <div className="map-view">
      <div className="map-controls">
        <button type="button" onClick={() => zoomBy(2)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.5)} aria-label="Zoom out" disabled={view.k <= 1}>
          −
        </button>
        {PANS.map(([name, arrow, dx, dy]) => (
          <button
            key={name}
            type="button"
            className="secondary"
            aria-label={`Pan ${name}`}
            disabled={view.k <= 1}
            onClick={() => panBy(dx, dy)}
          >
            {arrow}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => setView(fitted)}>
          All items
        </button>
        <button type="button" className="secondary" onClick={() => setView({ k: 1, x: 0, y: 0 })}>
          Whole world
        </button>
        <span className="muted" aria-live="polite">
          zoom ×{view.k < 10 ? view.k.toFixed(1) : Math.round(view.k)}
        </span>
      </div>
      <svg
        ref={svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="map-svg"
        aria-label="Map of recoveries"
        data-testid="map-svg"
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          drag.current = { x: e.clientX, y: e.clientY, view, moved: false };
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d || (e.buttons & 1) === 0) return;
          const r = svg.current?.getBoundingClientRect();
          const scale = r && r.width > 0 ? WIDTH / r.width : 1;
          const dx = (e.clientX - d.x) * scale;
          const dy = (e.clientY - d.y) * scale;
          if (!d.moved && Math.hypot(dx, dy) < 4) return;
          if (!d.moved) svg.current?.setPointerCapture(e.pointerId);
          d.moved = true;
          setView(clampView({ ...d.view, x: d.view.x + dx, y: d.view.y + dy }));
        }}
        onPointerUp={(e) => {
          if (svg.current?.hasPointerCapture(e.pointerId)) svg.current.releasePointerCapture(e.pointerId);
          // A drag that ends over a marker is not a click on it.
          setTimeout(() => {
            drag.current = null;
          });
        }}
      >
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> of paths is not focusable; the shapes are decoration */}
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`} aria-hidden="true">
          <path d={spherePath} className="map-sea" />
          <path d={graticulePath} className="map-graticule" />
          {countryPaths.map((c) => (
            <path key={c.key} d={c.d} className="map-country">
              <title>{c.name}</title>
            </path>
          ))}
        </g>
        <g className="map-markers">
          {shown.map((m) => {
            const r = m.cluster === undefined ? 5 : 9 + Math.min(14, Math.log10(m.count) * 6);
            const name =
              m.cluster === undefined
                ? `Item ${points.id[m.i ?? 0]}${m.coarse ? ' (place coarsened)' : ''}`
                : `${m.count} items${m.coarse ? `, ${m.coarse} with coarsened places` : ''}`;
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG marker cannot be a <button>
              <g
                key={m.key}
                role="button"
                tabIndex={0}
                aria-label={name}
                className={`map-marker${m.cluster === undefined ? ' point' : ' cluster'}${m.coarse ? ' coarse' : ''}`}
                data-count={m.count}
                transform={`translate(${m.x} ${m.y})`}
                onClick={() => {
                  if (!drag.current?.moved) pick(m);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    pick(m);
                  }
                }}
              >
                <circle r={r} />
                {m.cluster !== undefined && (
                  <text dy="0.35em" textAnchor="middle">
                    {formatNumber(m.count)}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
