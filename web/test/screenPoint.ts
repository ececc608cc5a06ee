import type { MapView } from '../src/map/mapView';

/**
 * Where the vessel shader (vesselShaders.ts) draws a mercator position, in CSS pixels from the canvas's top left, on
 * world copy `copy`: the same arithmetic in double precision, for the tests of the lookup that turns it back.
 */
export function screenPoint(view: MapView, x: number, y: number, copy = 0): { x: number; y: number } {
  const dx = (x + copy - view.centerX) * view.worldSize;
  const dy = (y - view.centerY) * view.worldSize;
  const bearing = (view.bearingDegrees * Math.PI) / 180;
  const cos = Math.cos(bearing);
  const sin = Math.sin(bearing);
  return { x: view.width / 2 + dx * cos + dy * sin, y: view.height / 2 - dx * sin + dy * cos };
}

