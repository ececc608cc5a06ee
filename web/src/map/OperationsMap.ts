import type { FeatureCollection, Point } from 'geojson';
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import countries from 'world-atlas/countries-50m.json';
import asamSubregionsText from './data/asam-subregions.geojson?raw';
import type { GeoBox } from '../api/types';
import { basemapFromTopology, type WorldAtlasTopology } from './basemap';
import { mercatorX, mercatorY, type MapView } from './mapView';
import { mapIds, operationsMapStyle } from './mapStyle';
import { vesselDiff, type VesselFeature } from './vesselDiff';
import type { VesselProperties } from './vesselFeatures';
import { drawVesselIcons, type VesselIcon } from './vesselIcons';
import { VesselInstances } from './vesselInstances';
import { VesselLayer } from './VesselLayer';
import { viewportBox } from './viewportBox';

/** What the map tells the view. */
export interface OperationsMapEvents {
  /** The camera stopped: the view asks the host for the vessels of the new box. */
  moved(box: GeoBox): void;
  /** A vessel was clicked. */
  vesselClicked(mmsi: number): void;
  /** The camera started or stopped moving (the browser tests wait for it to rest before clicking). */
  cameraMoving(moving: boolean): void;
}

/** A vessel drawn by itself: the replayed position of the selected vessel on the timeline. */
export interface ReplayMarker {
  longitude: number;
  latitude: number;
  icon: string;
  rotation: number;
}

// MapLibre's worker is shipped with the app as its own file: served by the host, never fetched from a CDN.
maplibregl.setWorkerUrl(workerUrl);

/** The waters the map opens on: the Andaman Sea to the Sea of Japan, the lanes Concert's partners watch. */
const asiaPacificWaters: [number, number, number, number] = [94, -2, 144, 44];

/** How far from a click (in pixels) a vessel still counts as clicked: icons are small and ships move. */
const clickTolerance = 8;

/** The tile size MapLibre's zoom counts in: the world is 512 × 2^zoom CSS pixels wide. */
const worldTileSize = 512;

/**
 * The MapLibre map of the operations room, kept out of the Preact components: they hand it plain data, and it
 * turns that into sources, filters and layer visibility. The live vessels are one vertex buffer drawn by a custom
 * WebGL layer (VesselLayer), so a live push rewrites the vessels it changed in place, however many are drawn, and no
 * DOM element or tile exists per vessel.
 */
export class OperationsMap {
  readonly #map: maplibregl.Map;
  readonly #events: OperationsMapEvents;
  readonly #icons: readonly VesselIcon[];
  readonly #instances: VesselInstances;
  readonly #layer: VesselLayer;
  #zonePopup: maplibregl.Popup | undefined;
  /** The vessels given last, by MMSI: the next ones are compared with them. */
  #drawn = new Map<number, VesselFeature>();
  #selected: number | undefined;

  private constructor(map: maplibregl.Map, events: OperationsMapEvents) {
    this.#map = map;
    this.#events = events;
    this.#icons = drawVesselIcons();
    this.#instances = new VesselInstances(this.#icons.map((icon) => icon.name));
    this.#layer = new VesselLayer(mapIds.vesselLayer, this.#instances, this.#icons, () => this.#view());
  }

  /** Creates the map in `container`, showing the Asia-Pacific waters; resolves once the style is loaded. */
  static create(container: HTMLElement, events: OperationsMapEvents): Promise<OperationsMap> {
    const zones = JSON.parse(asamSubregionsText) as FeatureCollection;
    const map = new maplibregl.Map({
      container,
      style: operationsMapStyle(basemapFromTopology(countries as unknown as WorldAtlasTopology), zones),
      bounds: asiaPacificWaters,
      fitBoundsOptions: { padding: 16 },
      attributionControl: false,
      renderWorldCopies: true,
      // The map is for reading positions: no tilt, so north stays up unless the officer rotates on purpose.
      maxPitch: 0,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'nautical' }), 'bottom-left');
    const operationsMap = new OperationsMap(map, events);
    return new Promise((resolve, reject) => {
      map.once('error', (event) => reject(event.error));
      map.once('load', () => {
        // The replayed vessel is a symbol of the same icons; the live ones are the custom layer, under the selection ring.
        for (const icon of operationsMap.#icons) map.addImage(icon.name, icon.image, { pixelRatio: icon.pixelRatio });
        map.addLayer(operationsMap.#layer, mapIds.selectionLayer);
        operationsMap.#listen();
        resolve(operationsMap);
      });
    });
  }

  /** The box in view, as the host's viewport query takes it. */
  box(): GeoBox {
    const bounds = this.#map.getBounds();
    return viewportBox({ west: bounds.getWest(), south: bounds.getSouth(), east: bounds.getEast(), north: bounds.getNorth() });
  }

  /**
   * Replaces every vessel drawn. Only the difference with the vessels drawn before is written to the layer's buffer (a
   * live push moves a few thousand of 50,000), and only the slots it wrote are uploaded for the next frame.
   */
  setVessels(vessels: FeatureCollection<Point, VesselProperties>): void {
    const { next, changed, removed } = vesselDiff(this.#drawn, vessels);
    this.#drawn = next;
    if (changed.length === 0 && removed.length === 0) return;
    this.#notAtRest();
    this.#instances.apply(changed, removed);
    this.#layer.changed();
    if (this.#selected !== undefined && (removed.includes(this.#selected) || changed.some((feature) => feature.properties.mmsi === this.#selected))) {
      this.#ring();
    }
  }

  /** Rings the selected vessel, or nothing. */
  setSelected(mmsi: number | undefined): void {
    this.#selected = mmsi;
    this.#ring();
  }

  /** Draws the selected vessel's track (continuous longitudes), or removes it. */
  setTrack(line: [number, number][] | undefined): void {
    this.#source(mapIds.trackSource).setData(
      line === undefined || line.length < 2
        ? { type: 'FeatureCollection', features: [] }
        : { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } },
    );
  }

  /** Draws the replayed vessel at its position on the timeline, or removes it. */
  setReplay(marker: ReplayMarker | undefined): void {
    this.#source(mapIds.replaySource).setData({
      type: 'FeatureCollection',
      features:
        marker === undefined
          ? []
          : [
              {
                type: 'Feature',
                properties: { icon: marker.icon, rotation: marker.rotation },
                geometry: { type: 'Point', coordinates: [marker.longitude, marker.latitude] },
              },
            ],
    });
  }

  /** Shows or hides the ASAM subregions. */
  setZonesVisible(visible: boolean): void {
    for (const layer of [mapIds.zoneFillLayer, mapIds.zoneLineLayer]) {
      this.#map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
    }
    if (!visible) this.#zonePopup?.remove();
  }

  /**
   * Flies to a position at a zoom where single ships are told apart; resolves when this flight ends (not when a
   * resize of the map, which also ends a move, happens during it).
   */
  flyTo(longitude: number, latitude: number): Promise<void> {
    const flight = { concertFlight: Symbol('flight') };
    return new Promise((resolve) => {
      const ended = (event: object) => {
        if (!('concertFlight' in event) || event.concertFlight !== flight.concertFlight) return;
        this.#map.off('moveend', ended);
        resolve();
      };
      this.#map.on('moveend', ended);
      this.#map.flyTo(
        { center: [longitude, latitude], zoom: Math.max(this.#map.getZoom(), 8), duration: 1200, essential: true },
        flight,
      );
    });
  }

  /** Frees the WebGL context. */
  remove(): void {
    this.#map.remove();
  }

  // The selection ring where the selected vessel is drawn now (none while it is not drawn).
  #ring(): void {
    const vessel = this.#selected === undefined ? undefined : this.#drawn.get(this.#selected);
    this.#source(mapIds.selectionSource).setData({ type: 'FeatureCollection', features: vessel === undefined ? [] : [vessel] });
  }

  /** The camera as the vessel layer draws with it and a click is looked up in. */
  #view(): MapView {
    const center = this.#map.getCenter();
    const canvas = this.#map.getCanvas();
    return {
      centerX: mercatorX(center.lng),
      centerY: mercatorY(center.lat),
      worldSize: worldTileSize * 2 ** this.#map.getZoom(),
      bearingDegrees: this.#map.getBearing(),
      width: canvas.clientWidth,
      height: canvas.clientHeight,
    };
  }

  #notAtRest(): void {
    delete this.#map.getContainer().dataset['vesselsDrawn'];
  }

  #listen(): void {
    const map = this.#map;
    map.on('movestart', () => {
      this.#notAtRest();
      this.#events.cameraMoving(true);
    });
    map.on('moveend', () => {
      this.#events.cameraMoving(false);
      this.#events.moved(this.box());
    });
    // Once the map is at rest with the last vessels given drawn, the container says how many (the map bench and the
    // browser tests wait for it); a move or new vessels take it away until the map is at rest again.
    map.on('idle', () => (map.getContainer().dataset['vesselsDrawn'] = String(this.#drawn.size)));
    map.on('click', (event) => this.#clicked(event));
    // A pointer over a vessel says it can be clicked; not looked up while a button is held (the map is dragged).
    map.on('mousemove', (event) => {
      if (event.originalEvent.buttons !== 0) return;
      const over = this.#instances.nearest(this.#view(), event.point.x, event.point.y, clickTolerance) !== undefined;
      map.getCanvas().style.cursor = over ? 'pointer' : '';
    });
  }

  #clicked(event: MapMouseEvent): void {
    const nearest = this.#instances.nearest(this.#view(), event.point.x, event.point.y, clickTolerance);
    if (nearest !== undefined) {
      this.#events.vesselClicked(nearest);
      return;
    }
    if (this.#map.getLayoutProperty(mapIds.zoneFillLayer, 'visibility') !== 'visible') return;
    const zone = this.#map.queryRenderedFeatures(event.point, { layers: [mapIds.zoneFillLayer] })[0];
    if (zone === undefined) return;
    this.#zonePopup?.remove();
    this.#zonePopup = new maplibregl.Popup({ closeButton: true, className: 'zone-popup' })
      .setLngLat(event.lngLat)
      .setText(`ASAM subregion ${String(zone.properties['id'])}`)
      .addTo(this.#map);
  }

  #source(id: string): GeoJSONSource {
    const source = this.#map.getSource<GeoJSONSource>(id);
    if (source === undefined) throw new Error(`The map style has no source '${id}'.`);
    return source;
  }
}

/**
 * The operations room's chart alone — sea, land, borders and graticule from the same style, the same controls, no
 * vessels drawn — for views that draw their own layers on it (the pooling plan's areas); resolves once it is loaded.
 */
export function createChart(container: HTMLElement, bounds: [number, number, number, number]): Promise<maplibregl.Map> {
  const map = new maplibregl.Map({
    container,
    style: operationsMapStyle(basemapFromTopology(countries as unknown as WorldAtlasTopology), { type: 'FeatureCollection', features: [] }),
    bounds,
    fitBoundsOptions: { padding: 24 },
    attributionControl: false,
    maxPitch: 0,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'nautical' }), 'bottom-left');
  return new Promise((resolve, reject) => {
    map.once('error', (event) => reject(event.error));
    map.once('load', () => resolve(map));
  });
}
