/**
 * The flat (no pitch) view of a Web Mercator map that the vessel layer draws with and picks in: the centre in
 * mercator units (0..1 across the world, y down from the north), the world's size in CSS pixels (512 × 2^zoom), the
 * bearing, and the canvas size in CSS pixels. The operations map allows no pitch, so this is MapLibre's whole camera.
 */
export interface MapView {
  centerX: number;
  centerY: number;
  worldSize: number;
  bearingDegrees: number;
  width: number;
  height: number;
}

/** The latitude MapLibre's Web Mercator stops at. */
const maxLatitude = 85.051129;

/** A longitude's mercator x, 0 at 180° W to 1 at 180° E. */
export function mercatorX(longitude: number): number {
  return (180 + longitude) / 360;
}

/** A latitude's mercator y, 0 at the top of the world to 1 at its bottom (as MapLibre's MercatorCoordinate). */
export function mercatorY(latitude: number): number {
  const clamped = Math.max(-maxLatitude, Math.min(maxLatitude, latitude));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
}

/**
 * The mercator position under a point of the canvas (CSS pixels): the vessel shader's placement turned back (it
 * subtracts the centre, scales by the world's size and turns by the bearing, y down).
 */
export function mercatorAt(view: MapView, x: number, y: number): { x: number; y: number } {
  const bearing = (view.bearingDegrees * Math.PI) / 180;
  const cos = Math.cos(bearing);
  const sin = Math.sin(bearing);
  const sx = x - view.width / 2;
  const sy = y - view.height / 2;
  return { x: view.centerX + (sx * cos - sy * sin) / view.worldSize, y: view.centerY + (sx * sin + sy * cos) / view.worldSize };
}

/**
 * The world copies (whole numbers added to mercator x) that reach the canvas: one at most zoom levels, more when the
 * world is narrower than the screen or the view straddles the antimeridian.
 */
export function visibleWorldCopies(view: MapView): number[] {
  const reach = Math.hypot(view.width, view.height) / 2 / view.worldSize;
  const copies: number[] = [];
  for (let copy = Math.floor(view.centerX - reach); copy <= Math.floor(view.centerX + reach); copy++) copies.push(copy);
  return copies;
}
