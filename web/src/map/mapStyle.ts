import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Basemap } from './basemap';
import { graticule } from './basemap';

/** The ids of the style's sources and layers that the map changes at run time. */
export const mapIds = {
  /** The custom WebGL layer of the live vessels (VesselLayer), added once the style is loaded. */
  vesselLayer: 'vessels',
  selectionSource: 'vessel-selected',
  selectionLayer: 'vessel-selected',
  trackSource: 'track',
  replaySource: 'replay',
  replayLayer: 'replay-vessel',
  zoneSource: 'asam-subregions',
  zoneFillLayer: 'asam-subregions-fill',
  zoneLineLayer: 'asam-subregions-line',
} as const;

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The whole map style, defined here rather than fetched: sea, land, borders and a 10° graticule from the bundled
 * Natural Earth data, the ASAM subregions (hidden until the layers panel shows them), and the track, selection ring
 * and replay layers (the live vessels are a custom WebGL layer, VesselLayer, that OperationsMap adds below the ring).
 * No glyphs or sprites are named, so nothing is requested from a server; vessel icons are drawn at
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
      [mapIds.selectionSource]: { type: 'geojson', data: empty },
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
        id: mapIds.selectionLayer,
        type: 'circle',
        source: mapIds.selectionSource,
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
        // Its type's icon turned to the heading, as the live vessel layer draws it, never hidden by collision detection.
        layout: {
          'icon-image': ['get', 'icon'],
          'icon-rotate': ['get', 'rotation'],
          'icon-rotation-alignment': 'map',
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'icon-size': 1.3,
        },
      },
    ],
  };
}
