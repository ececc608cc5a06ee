/** One archived fix of a track, with its time in epoch milliseconds. */
export interface TrackFix {
  timeMs: number;
  latitude: number;
  longitude: number;
  /** True heading, else course over ground, in degrees; null when neither was reported. */
  bearing: number | null;
}

/** Where a vessel was at a time between two fixes. */
export interface TrackPosition {
  latitude: number;
  longitude: number;
  /** Degrees from north: turned from the earlier fix's bearing to the later's, else the direction between them. */
  bearing: number | null;
  /** The time of the last fix at or before the asked time: how old the last real report then was. */
  lastFixMs: number;
  /** True when between two fixes (a dead-reckoned estimate), false when exactly on one. */
  interpolated: boolean;
}

/**
 * The vessel's position at `timeMs`, interpolated linearly between the fixes around it (fixes ordered by time), or
 * undefined outside the track. Longitudes go the short way round, so a track across the antimeridian stays in the
 * Pacific instead of crossing the whole world; the result is normalised to −180..180.
 */
export function positionAt(track: readonly TrackFix[], timeMs: number): TrackPosition | undefined {
  const first = track[0];
  const last = track[track.length - 1];
  if (first === undefined || last === undefined || timeMs < first.timeMs || timeMs > last.timeMs) return undefined;

  const after = firstIndexAfter(track, timeMs);
  const before = track[after - 1] ?? first;
  const next = track[after];
  if (next === undefined || before.timeMs === timeMs) {
    return { latitude: before.latitude, longitude: before.longitude, bearing: before.bearing, lastFixMs: before.timeMs, interpolated: false };
  }

  const fraction = (timeMs - before.timeMs) / (next.timeMs - before.timeMs);
  const nextLongitude = before.longitude + shortestLongitudeDelta(before.longitude, next.longitude);
  const direction = initialBearing(before, next);
  return {
    latitude: before.latitude + (next.latitude - before.latitude) * fraction,
    longitude: normaliseLongitude(before.longitude + (nextLongitude - before.longitude) * fraction),
    bearing:
      before.bearing !== null && next.bearing !== null
        ? interpolateAngle(before.bearing, next.bearing, fraction)
        : (before.bearing ?? direction),
    lastFixMs: before.timeMs,
    interpolated: true,
  };
}

/**
 * The track as line coordinates whose longitudes never jump by more than 180° between fixes (they may leave
 * −180..180), which is how MapLibre draws a line across the antimeridian without a stroke around the world.
 */
export function continuousLine(track: readonly TrackFix[]): [number, number][] {
  const line: [number, number][] = [];
  let previous: number | undefined;
  for (const fix of track) {
    const longitude = previous === undefined ? fix.longitude : previous + shortestLongitudeDelta(previous, fix.longitude);
    line.push([longitude, fix.latitude]);
    previous = longitude;
  }
  return line;
}

/** The angle `fraction` of the way from `from` to `to` the short way round, in 0..360. */
export function interpolateAngle(from: number, to: number, fraction: number): number {
  const delta = ((((to - from) % 360) + 540) % 360) - 180;
  return (((from + delta * fraction) % 360) + 360) % 360;
}

/** A longitude in −180..180 (180 stays 180). */
export function normaliseLongitude(longitude: number): number {
  if (longitude >= -180 && longitude <= 180) return longitude;
  return ((((longitude + 180) % 360) + 360) % 360) - 180;
}

function shortestLongitudeDelta(from: number, to: number): number {
  return ((((to - from) % 360) + 540) % 360) - 180;
}

// The direction of travel from one fix to the next, or null when they are the same place.
function initialBearing(from: TrackFix, to: TrackFix): number | null {
  const radians = Math.PI / 180;
  const latitude1 = from.latitude * radians;
  const latitude2 = to.latitude * radians;
  const longitudeDelta = shortestLongitudeDelta(from.longitude, to.longitude) * radians;
  const y = Math.sin(longitudeDelta) * Math.cos(latitude2);
  const x = Math.cos(latitude1) * Math.sin(latitude2) - Math.sin(latitude1) * Math.cos(latitude2) * Math.cos(longitudeDelta);
  if (Math.abs(x) < 1e-12 && Math.abs(y) < 1e-12) return null;
  return ((Math.atan2(y, x) / radians) + 360) % 360;
}

// The index of the first fix later than the time (binary search: a 30-day track has tens of thousands of fixes).
function firstIndexAfter(track: readonly TrackFix[], timeMs: number): number {
  let low = 0;
  let high = track.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((track[middle] as TrackFix).timeMs <= timeMs) low = middle + 1;
    else high = middle;
  }
  return low;
}
