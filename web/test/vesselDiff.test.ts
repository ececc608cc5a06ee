import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { vesselDiff, type VesselFeature } from '../src/map/vesselDiff';
import type { VesselProperties } from '../src/map/vesselFeatures';

function feature(mmsi: number, longitude: number, icon = 'vessel-cargo-arrow-filled', rotation = 90): VesselFeature {
  return {
    type: 'Feature',
    id: mmsi,
    geometry: { type: 'Point', coordinates: [longitude, 1.2] },
    properties: { mmsi, category: 'cargo', staleness: 'fresh', icon, rotation },
  };
}

const collection = (...features: VesselFeature[]): FeatureCollection<Point, VesselProperties> => ({ type: 'FeatureCollection', features });

describe('vesselDiff', () => {
  it('finds every vessel new against an empty map', () => {
    const diff = vesselDiff(new Map(), collection(feature(1, 100), feature(2, 101)));
    expect(diff.changed.map((vessel) => vessel.id)).toEqual([1, 2]);
    expect(diff.removed).toEqual([]);
    expect(diff.unchanged).toBe(0);
  });

  it('sends only the vessels that moved, turned or changed icon, and the MMSIs that left', () => {
    const drawn = vesselDiff(new Map(), collection(feature(1, 100), feature(2, 101), feature(3, 102), feature(4, 103), feature(5, 104))).next;
    const diff = vesselDiff(
      drawn,
      collection(
        feature(1, 100),
        feature(2, 101.01),
        feature(3, 102, 'vessel-cargo-arrow-hollow'),
        feature(4, 103, 'vessel-cargo-arrow-filled', 95),
        feature(6, 105),
      ),
    );
    expect(diff.changed.map((vessel) => vessel.id)).toEqual([2, 3, 4, 6]);
    expect(diff.removed).toEqual([5]);
    expect(diff.unchanged).toBe(1);
    expect([...diff.next.keys()]).toEqual([1, 2, 3, 4, 6]);
  });

  it('takes the very feature drawn before as unchanged', () => {
    const same = feature(1, 100);
    const drawn = vesselDiff(new Map(), collection(same)).next;
    expect(vesselDiff(drawn, collection(same))).toMatchObject({ changed: [], removed: [], unchanged: 1 });
  });
});
