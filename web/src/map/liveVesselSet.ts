import type { Vessel } from '../api/types';

/**
 * Applies one push of the live hub to the vessels held: each updated vessel replaces (or joins) the one with its
 * MMSI, each removed MMSI leaves. Returns the vessels in MMSI order, the order of the host's snapshot, so the map's
 * data does not reshuffle between pushes. `held` is kept in MMSI order too: a push that only moves vessels already
 * held (most pushes) keeps that order without sorting 50,000 vessels again.
 */
export function applyLiveChanges(held: Map<number, Vessel>, updated: readonly Vessel[], removed: readonly number[]): Vessel[] {
  for (const mmsi of removed) held.delete(mmsi);
  let joined = false;
  for (const vessel of updated) {
    joined ||= !held.has(vessel.mmsi);
    held.set(vessel.mmsi, vessel);
  }
  const vessels = [...held.values()];
  if (!joined) return vessels;
  vessels.sort((a, b) => a.mmsi - b.mmsi);
  held.clear();
  for (const vessel of vessels) held.set(vessel.mmsi, vessel);
  return vessels;
}
