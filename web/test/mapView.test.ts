import { describe, expect, it } from 'vitest';
import { mercatorAt, mercatorX, mercatorY, visibleWorldCopies, type MapView } from '../src/map/mapView';
import { screenPoint } from './screenPoint';

const view: MapView = { centerX: 0.5, centerY: 0.5, worldSize: 512 * 2 ** 4, bearingDegrees: 0, width: 1000, height: 600 };

describe('mercator', () => {
  it('maps longitudes and latitudes as MapLibre MercatorCoordinate does', () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    // MapLibre: MercatorCoordinate.fromLngLat([0, 45]).y = 0.35972503691520497
    expect(mercatorY(45)).toBeCloseTo(0.359725036915205, 12);
    expect(mercatorY(90)).toBeCloseTo(0, 6);
    expect(mercatorY(-90)).toBeCloseTo(1, 6);
  });
});

describe('screenPoint', () => {
  it('puts the centre in the middle of the canvas and east to the right, south down, north up', () => {
    expect(screenPoint(view, 0.5, 0.5)).toEqual({ x: 500, y: 300 });
    const east = screenPoint(view, 0.5 + 100 / view.worldSize, 0.5);
    expect(east.x).toBeCloseTo(600, 9);
    expect(east.y).toBeCloseTo(300, 9);
    expect(screenPoint(view, 0.5, 0.5 + 50 / view.worldSize).y).toBeCloseTo(350, 9);
  });

  it('turns the world by the bearing: at bearing 90 east is up', () => {
    const turned = { ...view, bearingDegrees: 90 };
    const east = screenPoint(turned, 0.5 + 100 / view.worldSize, 0.5);
    expect(east.x).toBeCloseTo(500, 9);
    expect(east.y).toBeCloseTo(200, 9);
    const south = screenPoint(turned, 0.5, 0.5 + 100 / view.worldSize);
    expect(south.x).toBeCloseTo(600, 9);
  });

  it('is undone by mercatorAt at any bearing', () => {
    for (const bearingDegrees of [0, 37, 90, 200]) {
      const turned = { ...view, bearingDegrees };
      const point = screenPoint(turned, 0.51, 0.495);
      const back = mercatorAt(turned, point.x, point.y);
      expect(back.x).toBeCloseTo(0.51, 12);
      expect(back.y).toBeCloseTo(0.495, 12);
    }
  });
});

describe('visibleWorldCopies', () => {
  it('is the one world when zoomed in away from the antimeridian', () => {
    expect(visibleWorldCopies(view)).toEqual([0]);
  });

  it('adds the next world when the view straddles the antimeridian', () => {
    expect(visibleWorldCopies({ ...view, centerX: 0.999 })).toEqual([0, 1]);
    expect(visibleWorldCopies({ ...view, centerX: 0.001 })).toEqual([-1, 0]);
  });

  it('holds every copy across a screen wider than the world', () => {
    expect(visibleWorldCopies({ ...view, worldSize: 256, width: 1280, height: 800 })).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });
});
