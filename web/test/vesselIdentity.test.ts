import { describe, expect, it } from 'vitest';
import type { Vessel } from '../src/api/types';
import { rememberIdentities, withKnownIdentities, type VesselIdentity } from '../src/map/vesselIdentity';

const live = {
  mmsi: 477123400,
  name: 'PACIFIC TRADER',
  callSign: 'VRAB3',
  imo: 9234567,
  shipType: 'Cargo - all ships of this type',
  shipTypeCode: 70,
  source: 'picture',
} as Vessel;
const archived = (mmsi: number) =>
  ({ mmsi, name: null, callSign: null, imo: null, shipType: null, shipTypeCode: null, source: 'archive', latitude: 1 }) as Vessel;

describe('vessel identities', () => {
  it('fills archived positions with what the live picture said about the same MMSI', () => {
    const known = new Map<number, VesselIdentity>();
    rememberIdentities(known, [live, archived(412000001)]);
    expect([...known.keys()]).toEqual([477123400]);
    expect(withKnownIdentities(known, [archived(477123400), archived(412000001)])).toEqual([
      { ...archived(477123400), name: 'PACIFIC TRADER', callSign: 'VRAB3', imo: 9234567, shipType: live.shipType, shipTypeCode: 70 },
      archived(412000001),
    ]);
  });

  it('leaves live vessels as they are', () => {
    const known = new Map<number, VesselIdentity>([[477123400, { name: 'OLD NAME', callSign: null, imo: null, shipType: null, shipTypeCode: 30 }]]);
    expect(withKnownIdentities(known, [{ ...live, name: null }])).toEqual([{ ...live, name: null }]);
  });
});
