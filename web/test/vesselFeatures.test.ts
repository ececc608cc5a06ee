import { describe, expect, it } from 'vitest';
import type { Vessel } from '../src/api/types';
import { trackFixes, vesselFeatureCollection, vesselIconName } from '../src/map/vesselFeatures';

const now = Date.UTC(2026, 10, 28, 2, 0, 0);

function vessel(overrides: Partial<Vessel>): Vessel {
  return {
    mmsi: 477123400,
    name: 'PACIFIC TRADER',
    callSign: 'VRAB3',
    imo: 9234567,
    shipType: 'Cargo - all ships of this type',
    shipTypeCode: 70,
    flag: 'HKG',
    flagName: 'Hong Kong (China)',
    latitude: 1.2,
    longitude: 103.9,
    speedKnots: 12.3,
    courseDegrees: 81.5,
    headingDegrees: 80,
    time: new Date(now - 60_000).toISOString(),
    staleness: 'Live',
    source: 'picture',
    messageType: 1,
    receiver: 'SG-SENTOSA',
    receivers: null,
    label: {
      marking: 'CONCERT RESTRICTED REL CONCERT',
      policy: 'CONCERT',
      classification: 'RESTRICTED',
      releasableToNations: [],
      releasableToCommunities: ['CONCERT'],
      caveats: [],
      stanag4774Xml: '',
    },
    ...overrides,
  };
}

describe('vesselFeatureCollection', () => {
  it('makes a point per vessel keyed by MMSI, with icon, rotation and staleness', () => {
    const collection = vesselFeatureCollection(
      [
        vessel({}),
        vessel({ mmsi: 440111000, shipTypeCode: 84, headingDegrees: null, time: new Date(now - 2 * 3_600_000).toISOString() }),
        vessel({ mmsi: 412000001, shipTypeCode: 30, headingDegrees: null, courseDegrees: null, time: new Date(now - 7 * 3_600_000).toISOString() }),
      ],
      now,
    );
    expect(collection.features.map((feature) => feature.id)).toEqual([477123400, 440111000, 412000001]);
    expect(collection.features[0]?.geometry.coordinates).toEqual([103.9, 1.2]);
    expect(collection.features.map((feature) => feature.properties)).toEqual([
      { mmsi: 477123400, category: 'cargo', staleness: 'fresh', icon: 'vessel-cargo-arrow-filled', rotation: 80 },
      // No heading: the course turns the arrow. Two hours old: stale, drawn faded with the filled icon.
      { mmsi: 440111000, category: 'tanker', staleness: 'stale', icon: 'vessel-tanker-arrow-filled', rotation: 81.5 },
      // Neither heading nor course: a dot. Seven hours old: lost, drawn hollow.
      { mmsi: 412000001, category: 'fishing', staleness: 'lost', icon: 'vessel-fishing-dot-hollow', rotation: 0 },
    ]);
  });

  it('gives a vessel object seen again the same feature, until it turns stale or is replaced', () => {
    const fresh = vessel({ time: new Date(now - 30 * 60_000).toISOString() });
    const first = vesselFeatureCollection([fresh], now).features[0];
    expect(vesselFeatureCollection([fresh], now + 60_000).features[0]).toBe(first);
    // Forty minutes later the same report is over an hour old: a new feature, drawn stale.
    const later = vesselFeatureCollection([fresh], now + 40 * 60_000).features[0];
    expect(later).not.toBe(first);
    expect(later?.properties.staleness).toBe('stale');
    // A push replaces the vessel object: its new position makes a new feature.
    const moved = vesselFeatureCollection([{ ...fresh, longitude: 104 }], now + 60_000).features[0];
    expect(moved).not.toBe(first);
    expect(moved?.geometry.coordinates).toEqual([104, 1.2]);
  });

  it('names icons the way the icon drawer does', () => {
    expect(vesselIconName('military-law', true, 'stale')).toBe('vessel-military-law-arrow-filled');
    expect(vesselIconName('other', false, 'lost')).toBe('vessel-other-dot-hollow');
  });
});

describe('trackFixes', () => {
  it('orders by time and bears by heading, else course', () => {
    const fixes = trackFixes([
      { time: '2026-11-28T01:10:00Z', latitude: 1.3, longitude: 104, speedKnots: 10, courseDegrees: 45, headingDegrees: null },
      { time: '2026-11-28T01:00:00Z', latitude: 1.2, longitude: 103.9, speedKnots: 10, courseDegrees: 44, headingDegrees: 40 },
      { time: '2026-11-28T01:20:00Z', latitude: 1.4, longitude: 104.1, speedKnots: null, courseDegrees: null, headingDegrees: null },
    ]);
    expect(fixes).toEqual([
      { timeMs: Date.UTC(2026, 10, 28, 1, 0), latitude: 1.2, longitude: 103.9, bearing: 40 },
      { timeMs: Date.UTC(2026, 10, 28, 1, 10), latitude: 1.3, longitude: 104, bearing: 45 },
      { timeMs: Date.UTC(2026, 10, 28, 1, 20), latitude: 1.4, longitude: 104.1, bearing: null },
    ]);
  });
});
