/**
 * The web map's offline basemap: country outlines of the `world-atlas` package (Natural Earth,
 * 1:110m), turned from TopoJSON into plain longitude/latitude rings with `topojson-client` once
 * per process, each named with its ISO alpha-2 code so that a click can filter by country.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

/** One country: its codes, its name, and its outline rings as flat [lon, lat, lon, lat, …]. */
export interface BasemapCountry {
  /** ISO 3166 alpha-2, or '' where Natural Earth's shape has no code (disputed areas). */
  code: string;
  name: string;
  rings: number[][];
}

let cached: string | undefined;

/** The basemap as JSON text (computed on first use). */
export function basemapJson(): string {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const byNumeric = new Map<string, { cca2: string; name: string }>();
  for (const c of require('world-countries') as { cca2: string; ccn3: string; name: { common: string } }[]) {
    byNumeric.set(c.ccn3, { cca2: c.cca2, name: c.name.common });
  }
  const fc = feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>);
  const round = (v: number) => Math.round(v * 100) / 100;
  const countries: BasemapCountry[] = fc.features.map((f) => {
    const info = byNumeric.get(String(f.id ?? ''));
    const polys =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates
          : [];
    return {
      code: info?.cca2 ?? '',
      name: info?.name ?? f.properties?.name ?? '',
      rings: polys.flatMap((poly) => poly.map((ring) => ring.flatMap(([lon, lat]) => [round(lon!), round(lat!)]))),
    };
  });
  cached = JSON.stringify({ source: 'Natural Earth 1:110m via world-atlas', countries });
  return cached;
}
