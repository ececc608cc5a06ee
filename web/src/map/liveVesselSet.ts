import type { Vessel } from '../api/types';

/**
 * Applies one push of the live hub to the vessels held: each updated vessel replaces (or joins) the one with its
 * MMSI, each removed MMSI leaves. Returns the vessels in MMSI order, the order of the host's snapshot, so the map's
 * data does not reshuffle between pushes.
 */
export function applyLiveChanges(held: Map<number, Vessel>, updated: readonly Vessel[], removed: readonly number[]): Vessel[] {
  for (const mmsi of removed) held.delete(mmsi);
  for (const vessel of updated) held.set(vessel.mmsi, vessel);
  return [...held.values()].sort((a, b) => a.mmsi - b.mmsi);
}
