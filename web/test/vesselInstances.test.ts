import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY, type MapView } from '../src/map/mapView';
import { screenPoint } from './screenPoint';
import type { ShipCategory } from '../src/map/shipCategories';
import type { Staleness } from '../src/map/staleness';
import type { VesselFeature } from '../src/map/vesselDiff';
import { vesselIconName } from '../src/map/vesselFeatures';
import { floatsPerVessel, VesselInstances } from '../src/map/vesselInstances';

const icons = ['vessel-cargo-arrow-filled', 'vessel-cargo-arrow-hollow', 'vessel-tanker-arrow-filled', 'vessel-other-dot-filled'];

function vessel(mmsi: number, longitude: number, latitude: number, category: ShipCategory = 'cargo', staleness: Staleness = 'fresh', rotation = 90): VesselFeature {
  return {
    type: 'Feature',
    id: mmsi,
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: { mmsi, category, staleness, icon: vesselIconName(category, true, staleness), rotation },
  };
}

// The floats of one slot.
function slot(instances: VesselInstances, index: number): number[] {
  return [...instances.data.slice(index * floatsPerVessel, (index + 1) * floatsPerVessel)];
}

const view: MapView = { centerX: mercatorX(103.8), centerY: mercatorY(1.2), worldSize: 512 * 2 ** 10, bearingDegrees: 0, width: 1000, height: 800 };

describe('VesselInstances', () => {
  it('writes each vessel as the shaders read it: split position, rotation, icon, category, staleness', () => {
    const instances = new VesselInstances(icons);
    instances.apply([vessel(1, 103.8, 1.2, 'tanker', 'fresh', 45), vessel(2, -0.5, 51.5, 'cargo', 'lost', 270)], []);
    expect(instances.count).toBe(2);
    const [highX, highY, lowX, lowY, rotation, icon, category, staleness] = slot(instances, 0);
    expect(highX).toBe(Math.fround(mercatorX(103.8)));
    // The two parts add up to the position in full precision, which float32 alone rounds by up to some 2 m.
    expect((highX as number) + (lowX as number)).toBeCloseTo(mercatorX(103.8), 14);
    expect((highY as number) + (lowY as number)).toBeCloseTo(mercatorY(1.2), 14);
    expect([rotation, icon, category, staleness]).toEqual([45, 2, 1, 0]);
    expect(slot(instances, 1).slice(4)).toEqual([270, 1, 0, 2]);
  });

  it('rewrites a changed vessel in its own slot and reports only that slot as dirty', () => {
    const instances = new VesselInstances(icons);
    instances.apply([vessel(1, 103.8, 1.2), vessel(2, 103.9, 1.2), vessel(3, 104, 1.2)], []);
    expect(instances.takeDirty()).toEqual({ from: 0, to: 3 });
    expect(instances.takeDirty()).toBeUndefined();
    instances.apply([vessel(2, 103.95, 1.25, 'cargo', 'stale', 10)], []);
    expect(instances.count).toBe(3);
    expect(instances.takeDirty()).toEqual({ from: 1, to: 2 });
    expect(slot(instances, 1).slice(4)).toEqual([10, 0, 0, 1]);
  });

  it('fills the slot of a vessel that left with the last one, so the buffer stays packed', () => {
    const instances = new VesselInstances(icons);
    instances.apply([vessel(1, 103.8, 1.2), vessel(2, 103.9, 1.2), vessel(3, 104, 1.2, 'tanker')], []);
    const last = slot(instances, 2);
    instances.takeDirty();
    instances.apply([], [1]);
    expect(instances.count).toBe(2);
    expect(slot(instances, 0)).toEqual(last);
    expect(instances.takeDirty()).toEqual({ from: 0, to: 1 });
    // The moved vessel is found at its new slot: a later change to it rewrites slot 0.
    instances.apply([vessel(3, 104, 1.3, 'tanker', 'fresh', 5)], []);
    expect(instances.count).toBe(2);
    expect(slot(instances, 0)[4]).toBe(5);
    // An MMSI not held is ignored.
    instances.apply([], [99]);
    expect(instances.count).toBe(2);
  });

  it('grows past its first capacity and keeps every vessel', () => {
    const instances = new VesselInstances(icons);
    const many = Array.from({ length: 5000 }, (_, index) => vessel(200000000 + index, 100 + index / 1000, 1));
    instances.apply(many.slice(0, 1000), []);
    instances.apply(many.slice(1000), []);
    expect(instances.count).toBe(5000);
    expect(instances.data.length).toBeGreaterThanOrEqual(5000 * floatsPerVessel);
    expect(slot(instances, 4999)[0]).toBe(Math.fround(mercatorX(100 + 4999 / 1000)));
  });

  it('finds the vessel nearest a click within the tolerance, and none beyond it', () => {
    const instances = new VesselInstances(icons);
    instances.apply([vessel(1, 103.8, 1.2), vessel(2, 103.81, 1.2), vessel(3, 104.5, 1.2)], []);
    const first = screenPoint(view, mercatorX(103.8), mercatorY(1.2));
    const second = screenPoint(view, mercatorX(103.81), mercatorY(1.2));
    expect(instances.nearest(view, first.x + 2, first.y - 2, 8)).toBe(1);
    expect(instances.nearest(view, second.x - 3, second.y, 8)).toBe(2);
    expect(instances.nearest(view, first.x, first.y + 9, 8)).toBeUndefined();
    instances.apply([], [1, 2, 3]);
    expect(instances.nearest(view, first.x, first.y, 8)).toBeUndefined();
  });

  it('finds a vessel on the world copy clicked, across the antimeridian and with the map turned', () => {
    const instances = new VesselInstances(icons);
    instances.apply([vessel(7, -179.99, 0)], []);
    const pacific: MapView = { centerX: mercatorX(179.99), centerY: mercatorY(0), worldSize: 512 * 2 ** 8, bearingDegrees: 30, width: 800, height: 600 };
    // The vessel just east of the antimeridian is drawn on the next copy, right of a centre just west of it.
    const drawn = screenPoint(pacific, mercatorX(-179.99), mercatorY(0), 1);
    expect(drawn.x).toBeGreaterThan(400);
    expect(instances.nearest(pacific, drawn.x + 1, drawn.y + 1, 8)).toBe(7);
  });
});
