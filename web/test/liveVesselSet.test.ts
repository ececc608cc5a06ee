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
});
