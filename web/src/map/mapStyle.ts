import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Basemap } from './basemap';
import { graticule } from './basemap';
import { shipCategories, shipCategoryStyle } from './shipCategories';

/** The ids of the style's sources and layers that the map changes at run time. */
export const mapIds = {
  vesselSource: 'vessels',
  vesselLayer: 'vessels',
  vesselDotLayer: 'vessel-dots',
  selectionLayer: 'vessel-selected',
  trackSource: 'track',
  replaySource: 'replay',
  replayLayer: 'replay-vessel',
  zoneSource: 'asam-subregions',
  zoneFillLayer: 'asam-subregions-fill',
  zoneLineLayer: 'asam-subregions-line',
} as const;

/** The layers that draw the live vessels (dots when zoomed out, icons when zoomed in): what a click looks for. */
export const vesselLayers = [mapIds.vesselDotLayer, mapIds.vesselLayer];

/**
 * The zoom from which vessels are drawn as icons turned to their heading; below it they are dots of their type's
 * colour. Zoomed out, a heading cannot be read from an arrow among thousands, and MapLibre places every icon again
 * while the camera moves (dots need no placement) and cannot place more than 32,767 icons in one tile
 * (maplibre-gl-js#2891: the placement throws, so the map stops drawing and never comes to rest). At zoom 6 a tile
 * spans some 340 nautical miles, which holds a few thousand vessels in the busiest straits.
 */
export const vesselIconMinZoom = 6;

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Each category's colour, read from the feature's `category`. */
function categoryColour(): ExpressionSpecification {
  const pairs = shipCategories.flatMap((category) => [category, shipCategoryStyle[category].colour]);
  // A match built from a list: TypeScript cannot check its label/output pairs as a tuple; the style tests do.
  return ['match', ['get', 'category'], ...pairs, shipCategoryStyle.other.colour] as unknown as ExpressionSpecification;
}

/** Stale vessels faded, lost ones (drawn hollow) a little less, fresh ones opaque. */
const stalenessOpacity: ExpressionSpecification = ['match', ['get', 'staleness'], 'stale', 0.4, 'lost', 0.75, 1];

// Live and replayed vessels alike: the type's icon turned to the heading. Every vessel is drawn: collision detection
// would hide ships in a busy strait and cost time at 50,000.
const vesselIconLayout: SymbolLayerSpecification['layout'] = {
  'icon-image': ['get', 'icon'],
  'icon-rotate': ['get', 'rotation'],
  'icon-rotation-alignment': 'map',
  'icon-allow-overlap': true,
  'icon-ignore-placement': true,
};

/**
 * The whole map style, defined here rather than fetched: sea, land, borders and a 10° graticule from the bundled
 * Natural Earth data, the ASAM subregions (hidden until the layers panel shows them), and the vessel, track and
 * replay layers. No glyphs or sprites are named, so nothing is requested from a server; vessel icons are drawn at
 * run time (vesselIcons.ts) and names are shown in the details panel rather than as map labels.
 */
export function operationsMapStyle(basemap: Basemap, zones: FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: basemap.land },
      borders: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: basemap.borders } },
      graticule: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: graticule(10) } },
      [mapIds.zoneSource]: { type: 'geojson', data: zones },
      [mapIds.trackSource]: { type: 'geojson', data: empty },
      [mapIds.replaySource]: { type: 'geojson', data: empty },
      // Points only, which MapLibre draws from the tile that holds them: no buffer of neighbours' points is cut
      // into each tile (one pixel absorbs rounding at the edges), and tiles stop at zoom 12 (2.4 m at the equator,
      // finer than a reported position), so a live change re-tiles fewer tiles when zoomed in.
      [mapIds.vesselSource]: { type: 'geojson', data: empty, buffer: 1, maxzoom: 12 },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#0b1f2e' } },
      { id: 'graticule', type: 'line', source: 'graticule', paint: { 'line-color': '#1d3a4f', 'line-width': 0.6 } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#2a3530', 'fill-outline-color': '#56665c' } },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': '#7b8a80', 'line-width': 0.7, 'line-dasharray': [3, 2] },
      },
      {
        id: mapIds.zoneFillLayer,
        type: 'fill',
        source: mapIds.zoneSource,
        layout: { visibility: 'none' },
        paint: { 'fill-color': '#ffd24d', 'fill-opacity': 0.06 },
      },
      {
        id: mapIds.zoneLineLayer,
        type: 'line',
        source: mapIds.zoneSource,
        layout: { visibility: 'none' },
        paint: { 'line-color': '#ffd24d', 'line-width': 1, 'line-opacity': 0.7 },
      },
      {
        id: 'track',
        type: 'line',
        source: mapIds.trackSource,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': '#ffd24d', 'line-width': 2, 'line-opacity': 0.9 },
      },
      {
        id: mapIds.vesselDotLayer,
        type: 'circle',
        source: mapIds.vesselSource,
        maxzoom: vesselIconMinZoom,
        paint: {
          // Small: zoomed out, tens of thousands of dots overlap and each drawn pixel costs (most of a frame on a
          // machine without a graphics card, where WebGL is drawn by the processor).
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 1.75, vesselIconMinZoom, 3],
          'circle-color': categoryColour(),
          // A lost vessel is a ring of its colour, as its icon is hollow; the others are filled.
          'circle-opacity': ['match', ['get', 'staleness'], 'lost', 0, stalenessOpacity],
          'circle-stroke-color': categoryColour(),
          'circle-stroke-width': ['match', ['get', 'staleness'], 'lost', 1, 0],
          'circle-stroke-opacity': stalenessOpacity,
        },
      },
      {
        id: mapIds.vesselLayer,
        type: 'symbol',
        source: mapIds.vesselSource,
        minzoom: vesselIconMinZoom,
        layout: { ...vesselIconLayout, 'icon-size': ['interpolate', ['linear'], ['zoom'], vesselIconMinZoom, 0.8, 10, 1] },
        paint: { 'icon-opacity': stalenessOpacity },
      },
      {
        id: mapIds.selectionLayer,
        type: 'circle',
        source: mapIds.vesselSource,
        filter: ['==', ['get', 'mmsi'], -1],
        paint: {
          'circle-radius': 14,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': '#ffd24d',
          'circle-stroke-width': 2,
        },
      },
      {
        id: mapIds.replayLayer,
        type: 'symbol',
        source: mapIds.replaySource,
        layout: { ...vesselIconLayout, 'icon-size': 1.3 },
      },
    ],
  };
}
