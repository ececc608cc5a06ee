import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The basemap's two layers as GeoJSON: land to fill and the borders between countries to stroke. */
export interface Basemap {
  land: FeatureCollection<Polygon | MultiPolygon>;
  borders: MultiLineString;
}

/** The objects of world-atlas's countries files: each country, and the land as one. */
export type WorldAtlasTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/**
 * Natural Earth's land and country borders from world-atlas's TopoJSON (bundled with the app: no tile server, so the
 * map works air-gapped). Borders are the arcs shared by two countries only, so coastlines are not stroked twice
 * over the land's own edge.
 */
export function basemapFromTopology(topology: WorldAtlasTopology): Basemap {
  const land = feature(topology, topology.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return { land, borders };
}

/** Meridians and parallels every `stepDegrees` (which must divide 180), as one line geometry for the graticule. */
export function graticule(stepDegrees: number): MultiLineString {
  const lines: [number, number][][] = [];
  for (let longitude = -180; longitude < 180; longitude += stepDegrees) {
    lines.push([
      [longitude, -85],
      [longitude, 85],
    ]);
  }
  for (let latitude = -90 + stepDegrees; latitude < 90; latitude += stepDegrees) {
    // Points every step so the line follows the parallel in any projection MapLibre may use.
    const parallel: [number, number][] = [];
    for (let longitude = -180; longitude <= 180; longitude += stepDegrees) parallel.push([longitude, latitude]);
    lines.push(parallel);
  }
  return { type: 'MultiLineString', coordinates: lines };
}
