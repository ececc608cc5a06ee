import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { createChart } from '../../map/OperationsMap';
import { coverStateColour, type AreaFeatureProperties, type AssetFeatureProperties } from './planMapWeek';

const ids = {
  areaSource: 'plan-areas',
  assetSource: 'plan-assets',
  areaFill: 'plan-areas-fill',
  areaLine: 'plan-areas-line',
  assets: 'plan-assets',
} as const;

/** The Asia-Pacific waters, shown until the plan's areas give a box to fit. */
const asiaPacificWaters: [number, number, number, number] = [94, -2, 144, 44];

/**
 * The plan on the operations room's chart: each operating area filled by how much of its risk the plan leaves
 * uncovered in the chosen week, and a marker sized by the units on station there. The chart itself is the operations
 * map's (createChart); only the pooling layers are defined here.
 */
export class PlanMap {
  readonly #map: MapLibreMap;

  private constructor(map: MapLibreMap) {
    this.#map = map;
  }

  /** Creates the map in `container`; resolves once the chart and the plan's layers are ready. */
  static async create(container: HTMLElement): Promise<PlanMap> {
    const map = await createChart(container, asiaPacificWaters);
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    map.addSource(ids.areaSource, { type: 'geojson', data: empty });
    map.addSource(ids.assetSource, { type: 'geojson', data: empty });
    const stateColour: ExpressionSpecification = [
      'match',
      ['get', 'state'],
      'covered',
      coverStateColour.covered,
      'partly',
      coverStateColour.partly,
      'uncovered',
      coverStateColour.uncovered,
      coverStateColour.idle,
    ];
    map.addLayer({ id: ids.areaFill, type: 'fill', source: ids.areaSource, paint: { 'fill-color': stateColour, 'fill-opacity': 0.35 } });
    map.addLayer({ id: ids.areaLine, type: 'line', source: ids.areaSource, paint: { 'line-color': stateColour, 'line-width': 2 } });
    map.addLayer({
      id: ids.assets,
      type: 'circle',
      source: ids.assetSource,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['get', 'units'], 1, 6, 8, 16],
        'circle-color': '#ffd24d',
        'circle-opacity': 0.9,
        'circle-stroke-color': '#0b1f2e',
        'circle-stroke-width': 2,
      },
    });
    return new PlanMap(map);
  }

  /** Draws one week's areas and assets. */
  show(areas: FeatureCollection<Polygon, AreaFeatureProperties>, assets: FeatureCollection<Point, AssetFeatureProperties>): void {
    this.#map.getSource<GeoJSONSource>(ids.areaSource)?.setData(areas);
    this.#map.getSource<GeoJSONSource>(ids.assetSource)?.setData(assets);
  }

  /** Frames the given box (the plan's areas). */
  frame(bounds: [number, number, number, number]): void {
    this.#map.fitBounds(bounds, { padding: 32, maxZoom: 7, duration: 0 });
  }

  /** Frees the WebGL context. */
  remove(): void {
    this.#map.remove();
  }
}
