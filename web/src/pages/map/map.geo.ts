// The offline base map: the world's countries from world-atlas (Natural Earth 1:110m, bundled with
// this page only), drawn in the Equal Earth projection into a fixed 960 × 500 drawing box.
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export const WIDTH = 960;
export const HEIGHT = 500;

const projection = geoEqualEarth().fitExtent(
  [
    [6, 6],
    [WIDTH - 6, HEIGHT - 6],
  ],
  { type: 'Sphere' },
);
const path = geoPath(projection);

const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topo, topo.objects.countries);

export const countryPaths: { key: string; name: string; d: string }[] = countries.features.map((f, i) => ({
  key: `${f.id ?? 'x'}-${i}`,
  name: f.properties?.name ?? '',
  d: path(f) ?? '',
}));
export const spherePath = path({ type: 'Sphere' }) ?? '';
export const graticulePath = path(geoGraticule10()) ?? '';

/** A place in the drawing box's coordinates (null where the projection has no point for it). */
export function project(lon: number, lat: number): [number, number] | null {
  return projection([lon, lat]);
}
