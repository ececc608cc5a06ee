import type { Vessel } from '../api/types';

/** The static fields of a vessel that the archive does not keep with its positions. */
export type VesselIdentity = Pick<Vessel, 'name' | 'callSign' | 'imo' | 'shipType' | 'shipTypeCode'>;

/**
 * Remembers the identity of every vessel the live picture has shown, by MMSI. The vessel itself is kept as its
 * identity: this runs on every live push over all vessels in view (50,000), and copying the fields would make as many
 * objects each time, where keeping the reference makes none.
 */
export function rememberIdentities(known: Map<number, VesselIdentity>, vessels: readonly Vessel[]): void {
  for (const vessel of vessels) {
    if (vessel.source === 'picture') known.set(vessel.mmsi, vessel);
  }
}

/**
 * Archived positions with the name and type the live picture gave the same MMSI earlier in the session, so the
 * picture at a past time keeps its colours and names. A field the archive does have is never overwritten.
 */
export function withKnownIdentities(known: ReadonlyMap<number, VesselIdentity>, vessels: readonly Vessel[]): Vessel[] {
  return vessels.map((vessel) => {
    const identity = known.get(vessel.mmsi);
    if (vessel.source !== 'archive' || identity === undefined) return vessel;
    return {
      ...vessel,
      name: vessel.name ?? identity.name,
      callSign: vessel.callSign ?? identity.callSign,
      imo: vessel.imo ?? identity.imo,
      shipType: vessel.shipType ?? identity.shipType,
      shipTypeCode: vessel.shipTypeCode ?? identity.shipTypeCode,
    };
  });
}
