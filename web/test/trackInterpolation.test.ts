import { describe, expect, it } from 'vitest';
import { continuousLine, interpolateAngle, normaliseLongitude, positionAt, type TrackFix } from '../src/map/trackInterpolation';

const t0 = Date.UTC(2026, 10, 28, 0, 0, 0);
const minute = 60_000;

// A ship steaming east along the equator at 6 knots: 0.1° of longitude (6 nm) an hour, a fix every 30 minutes.
const eastbound: TrackFix[] = [
  { timeMs: t0, latitude: 0, longitude: 104, bearing: 90 },
  { timeMs: t0 + 30 * minute, latitude: 0, longitude: 104.05, bearing: 90 },
  { timeMs: t0 + 60 * minute, latitude: 0, longitude: 104.1, bearing: 90 },
];

describe('positionAt', () => {
  it('is undefined outside the track and for an empty track', () => {
    expect(positionAt(eastbound, t0 - 1)).toBeUndefined();
    expect(positionAt(eastbound, t0 + 60 * minute + 1)).toBeUndefined();
    expect(positionAt([], t0)).toBeUndefined();
  });

  it('is the fix itself at a fix time', () => {
    expect(positionAt(eastbound, t0 + 30 * minute)).toEqual({
      latitude: 0,
      longitude: 104.05,
      bearing: 90,
      lastFixMs: t0 + 30 * minute,
      interpolated: false,
    });
    expect(positionAt(eastbound, t0 + 60 * minute)?.longitude).toBe(104.1);
  });

  it('moves linearly between fixes and says how old the last fix is', () => {
    const position = positionAt(eastbound, t0 + 45 * minute);
    expect(position?.longitude).toBeCloseTo(104.075, 10);
    expect(position?.latitude).toBe(0);
    expect(position?.lastFixMs).toBe(t0 + 30 * minute);
    expect(position?.interpolated).toBe(true);
  });

  it('turns the heading the short way between fixes', () => {
    const turning: TrackFix[] = [
      { timeMs: t0, latitude: 30, longitude: 122, bearing: 350 },
      { timeMs: t0 + 10 * minute, latitude: 30.1, longitude: 122, bearing: 30 },
    ];
    expect(positionAt(turning, t0 + 5 * minute)?.bearing).toBeCloseTo(10, 10);
  });

  it('takes the direction of travel when the fixes reported no heading or course', () => {
    const north: TrackFix[] = [
      { timeMs: t0, latitude: 10, longitude: 110, bearing: null },
      { timeMs: t0 + 10 * minute, latitude: 10.1, longitude: 110, bearing: null },
    ];
    expect(positionAt(north, t0 + minute)?.bearing).toBeCloseTo(0, 6);
    const west: TrackFix[] = [
      { timeMs: t0, latitude: 0, longitude: 110, bearing: null },
      { timeMs: t0 + 10 * minute, latitude: 0, longitude: 109.9, bearing: null },
    ];
    expect(positionAt(west, t0 + minute)?.bearing).toBeCloseTo(270, 6);
  });

  it('crosses the antimeridian the short way', () => {
    const dateline: TrackFix[] = [
      { timeMs: t0, latitude: 40, longitude: 179.9, bearing: 90 },
      { timeMs: t0 + 20 * minute, latitude: 40, longitude: -179.9, bearing: 90 },
    ];
    expect(positionAt(dateline, t0 + 5 * minute)?.longitude).toBeCloseTo(179.95, 10);
    expect(positionAt(dateline, t0 + 15 * minute)?.longitude).toBeCloseTo(-179.95, 10);
  });

  it('finds the right segment in a long track', () => {
    const long: TrackFix[] = Array.from({ length: 10_000 }, (_, index) => ({
      timeMs: t0 + index * minute,
      latitude: index / 1000,
      longitude: 120,
      bearing: 0,
    }));
    expect(positionAt(long, t0 + 7654.5 * minute)?.latitude).toBeCloseTo(7.6545, 10);
  });
});

describe('continuousLine', () => {
  it('keeps longitudes continuous across the antimeridian', () => {
    const line = continuousLine([
      { timeMs: t0, latitude: 40, longitude: 179.5, bearing: null },
      { timeMs: t0 + minute, latitude: 40, longitude: -179.5, bearing: null },
      { timeMs: t0 + 2 * minute, latitude: 40, longitude: -178.5, bearing: null },
    ]);
    expect(line).toEqual([
      [179.5, 40],
      [180.5, 40],
      [181.5, 40],
    ]);
  });
});

describe('angles and longitudes', () => {
  it.each([
    [10, 50, 0.5, 30],
    [350, 10, 0.5, 0],
    [10, 350, 0.25, 5],
    [90, 270, 1, 270],
  ])('from %d to %d at %d is %d', (from, to, fraction, expected) => {
    expect(interpolateAngle(from, to, fraction)).toBeCloseTo(expected, 10);
  });

  it.each([
    [180.5, -179.5],
    [-180.5, 179.5],
    [540, -180],
    [180, 180],
    [-45, -45],
  ])('%d normalises to %d', (longitude, expected) => {
    expect(normaliseLongitude(longitude)).toBeCloseTo(expected, 10);
  });
});
