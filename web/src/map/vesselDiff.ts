import type { Feature, FeatureCollection, Point } from 'geojson';
import type { VesselProperties } from './vesselFeatures';

/** A vessel feature as drawn: its id is the MMSI. */
export type VesselFeature = Feature<Point, VesselProperties>;

/** What changed between the vessels drawn and the next ones. */
export interface VesselDiff {
  /** The next vessels by MMSI: what the following diff compares with. */
  next: Map<number, VesselFeature>;
  /** Vessels new to the map, or drawn differently (moved, turned, another icon). */
  changed: VesselFeature[];
  /** MMSIs no longer drawn. */
  removed: number[];
  /** Vessels drawn exactly as before. */
  unchanged: number;
}

/**
 * Compares the next vessels with those drawn, by MMSI. Two features draw alike when they stand at the same place with
 * the same icon (which names the category, the shape and the staleness) and the same rotation: what the vessel
 * layer's style reads.
 */
export function vesselDiff(drawn: ReadonlyMap<number, VesselFeature>, vessels: FeatureCollection<Point, VesselProperties>): VesselDiff {
  const next = new Map<number, VesselFeature>();
  const changed: VesselFeature[] = [];
  for (const feature of vessels.features) {
    const mmsi = feature.properties.mmsi;
    next.set(mmsi, feature);
    const before = drawn.get(mmsi);
    if (before === undefined || !drawnAlike(before, feature)) changed.push(feature);
  }
  const removed: number[] = [];
  for (const mmsi of drawn.keys()) if (!next.has(mmsi)) removed.push(mmsi);
  return { next, changed, removed, unchanged: next.size - changed.length };
}

function drawnAlike(a: VesselFeature, b: VesselFeature): boolean {
  // The same feature object: a vessel the live push did not change (see vesselFeatureCollection).
  if (a === b) return true;
  const [aLongitude, aLatitude] = a.geometry.coordinates;
  const [bLongitude, bLatitude] = b.geometry.coordinates;
  return (
    aLongitude === bLongitude &&
    aLatitude === bLatitude &&
    a.properties.icon === b.properties.icon &&
    a.properties.rotation === b.properties.rotation
  );
}
