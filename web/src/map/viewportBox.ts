import type { GeoBox } from '../api/types';

/**
 * The box the host is asked for, from the map's visible bounds: latitudes clamped to the poles, longitudes brought
 * into −180..180 with `west` greater than `east` when the view straddles the antimeridian (the host's convention),
 * and the whole world when the view is wider than the world.
 */
export function viewportBox(bounds: { west: number; south: number; east: number; north: number }): GeoBox {
  const south = Math.max(-90, bounds.south);
  const north = Math.min(90, bounds.north);
  if (bounds.east - bounds.west >= 360) return { west: -180, south, east: 180, north };
  return { west: wrap(bounds.west), south, east: wrap(bounds.east), north };
}

function wrap(longitude: number): number {
  if (longitude >= -180 && longitude <= 180) return longitude;
  return ((((longitude + 180) % 360) + 360) % 360) - 180;
}
