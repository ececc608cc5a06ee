import type { Feature, FeatureCollection, Point } from 'geojson';
import type { TrackPoint, Vessel } from '../api/types';
import { shipCategory, type ShipCategory } from './shipCategories';
import { stalenessAt, type Staleness } from './staleness';
import type { TrackFix } from './trackInterpolation';

/** What the vessel layer's style reads from each feature. */
export interface VesselProperties {
  mmsi: number;
  category: ShipCategory;
  staleness: Staleness;
  /** The icon: an arrow along the heading (else the course), a dot when the vessel reported neither. */
  icon: string;
  rotation: number;
}

/** The name of the runtime-drawn icon for a category, shape and staleness (see vesselIcons.ts). */
export function vesselIconName(category: ShipCategory, pointed: boolean, staleness: Staleness): string {
  return `vessel-${category}-${pointed ? 'arrow' : 'dot'}-${staleness === 'lost' ? 'hollow' : 'filled'}`;
}

/** A vessel's feature as last made, and the time of its report (parsed once). */
interface MadeFeature {
  reportedMs: number;
  feature: Feature<Point, VesselProperties>;
}

// The features made so far, by the vessel object they were made of. The live picture hands the same objects again for
// every vessel a push did not change (most of 50,000), so only the changed ones are made anew, and the map's
// comparison with what it drew finds the others identical at once. Held weakly: a vessel replaced is forgotten.
const made = new WeakMap<Vessel, MadeFeature>();

/**
 * The vessels as GeoJSON features: a point per vessel with its icon and rotation precomputed, so drawing it is a few
 * plain lookups. The feature id is the MMSI. A vessel given again as the same object, whose staleness at `atMs` has
 * not changed, gets the same feature object as before.
 */
export function vesselFeatureCollection(vessels: readonly Vessel[], atMs: number): FeatureCollection<Point, VesselProperties> {
  const features: Feature<Point, VesselProperties>[] = new Array(vessels.length);
  for (let index = 0; index < vessels.length; index++) {
    const vessel = vessels[index] as Vessel;
    const known = made.get(vessel);
    const reportedMs = known?.reportedMs ?? Date.parse(vessel.time);
    const staleness = stalenessAt(reportedMs, atMs);
    if (known !== undefined && known.feature.properties.staleness === staleness) {
      features[index] = known.feature;
      continue;
    }
    const category = shipCategory(vessel.shipTypeCode);
    const bearing = vessel.headingDegrees ?? vessel.courseDegrees;
    const feature: Feature<Point, VesselProperties> = {
      type: 'Feature',
      id: vessel.mmsi,
      geometry: { type: 'Point', coordinates: [vessel.longitude, vessel.latitude] },
      properties: {
        mmsi: vessel.mmsi,
        category,
        staleness,
        icon: vesselIconName(category, bearing !== null, staleness),
        rotation: bearing ?? 0,
      },
    };
    made.set(vessel, { reportedMs, feature });
    features[index] = feature;
  }
  return { type: 'FeatureCollection', features };
}

/** A track from the API as fixes ordered by time, bearing from the heading, else the course. */
export function trackFixes(points: readonly TrackPoint[]): TrackFix[] {
  return points
    .map((point) => ({
      timeMs: Date.parse(point.time),
      latitude: point.latitude,
      longitude: point.longitude,
      bearing: point.headingDegrees ?? point.courseDegrees,
    }))
    .sort((a, b) => a.timeMs - b.timeMs);
}
