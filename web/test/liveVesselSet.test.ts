import { describe, expect, it } from 'vitest';
import type { Vessel } from '../src/api/types';
import { applyLiveChanges } from '../src/map/liveVesselSet';

const at = (mmsi: number, longitude: number) => ({ mmsi, longitude }) as Vessel;

describe('applyLiveChanges', () => {
  it('replaces updated vessels, adds new ones, drops removed ones, and keeps MMSI order', () => {
    const held = new Map<number, Vessel>();
    expect(applyLiveChanges(held, [at(431000003, 139), at(209000001, 104)], [])).toEqual([at(209000001, 104), at(431000003, 139)]);
    const next = applyLiveChanges(held, [at(209000001, 104.01), at(300000002, 120)], [431000003]);
    expect(next).toEqual([at(209000001, 104.01), at(300000002, 120)]);
    // Removing a vessel that is not held (it left before the snapshot) changes nothing.
    expect(applyLiveChanges(held, [], [999999999])).toEqual(next);
  });

  it('keeps MMSI order when a push only moves vessels already held', () => {
    const held = new Map<number, Vessel>();
    applyLiveChanges(held, [at(5, 1), at(3, 1), at(9, 1), at(1, 1)], []);
    expect(applyLiveChanges(held, [at(9, 2), at(1, 2)], [3]).map((vessel) => vessel.mmsi)).toEqual([1, 5, 9]);
    expect(applyLiveChanges(held, [at(7, 1), at(5, 3)], []).map((vessel) => vessel.mmsi)).toEqual([1, 5, 7, 9]);
    expect([...held.keys()]).toEqual([1, 5, 7, 9]);
  });
});
