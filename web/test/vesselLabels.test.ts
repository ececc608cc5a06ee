import { describe, expect, it } from 'vitest';
import type { Label, ListedVessel } from '../src/api/types';
import { withLabels } from '../src/api/vesselLabels';

const label = (classification: string, nations: string[]): Label => ({
  marking: `CONCERT ${classification} REL ${nations.join(' ')}`,
  policy: 'CONCERT',
  classification,
  releasableToNations: nations,
  releasableToCommunities: [],
  caveats: [],
  stanag4774Xml: `<originatorConfidentialityLabel><Classification>${classification}</Classification></originatorConfidentialityLabel>`,
});

const listed = (mmsi: number, labelIndex: number) =>
  ({ mmsi, name: null, latitude: 1, longitude: 103, source: 'picture', labelIndex }) as ListedVessel;

describe('withLabels', () => {
  it('gives each vessel the label its index names, one shared object per label, and drops the index', () => {
    const restricted = label('RESTRICTED', ['JPN']);
    const secret = label('SECRET', ['SGP']);
    const vessels = withLabels([restricted, secret], [listed(209000001, 1), listed(431000003, 0), listed(477123400, 1)]);
    expect(vessels.map((vessel) => [vessel.mmsi, vessel.label.classification])).toEqual([
      [209000001, 'SECRET'],
      [431000003, 'RESTRICTED'],
      [477123400, 'SECRET'],
    ]);
    expect(vessels[0]!.label).toBe(vessels[2]!.label);
    expect(vessels[1]).not.toHaveProperty('labelIndex');
    expect(vessels[1]).toMatchObject({ mmsi: 431000003, latitude: 1, longitude: 103, source: 'picture' });
  });

  it('answers an empty list with no vessels', () => {
    expect(withLabels([], [])).toEqual([]);
  });

  it('refuses a vessel naming a label the list does not have', () => {
    expect(() => withLabels([label('RESTRICTED', ['JPN'])], [listed(209000001, 1)])).toThrow(
      'Vessel 209000001 names label 1, but the list has 1.',
    );
  });
});
