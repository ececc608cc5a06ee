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

/**
 * The vessels as one GeoJSON source's data: a point per vessel with its icon and rotation precomputed, so the map
 * style stays a few plain lookups and 50,000 vessels are redrawn by one setData. The feature id is the MMSI, which
 * lets the map mark the selected vessel with feature state.
 */
export function vesselFeatureCollection(vessels: readonly Vessel[], atMs: number): FeatureCollection<Point, VesselProperties> {
  const features: Feature<Point, VesselProperties>[] = new Array(vessels.length);
  for (let index = 0; index < vessels.length; index++) {
    const vessel = vessels[index] as Vessel;
    const category = shipCategory(vessel.shipTypeCode);
    const staleness = stalenessAt(Date.parse(vessel.time), atMs);
    const bearing = vessel.headingDegrees ?? vessel.courseDegrees;
    features[index] = {
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
