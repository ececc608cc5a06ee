import type { Label, ListedVessel, Vessel } from './types';

/**
 * The vessels of a list that sends each label once, each given its label from the list's `labels`: the vessels of one
 * label share one object, so the map, the classification banner and the details panel read `vessel.label` as before
 * without a copy of the label per vessel. An index outside the list is a broken answer and throws.
 */
export function withLabels(labels: readonly Label[], vessels: readonly ListedVessel[]): Vessel[] {
  return vessels.map(({ labelIndex, ...vessel }) => {
    const label = labels[labelIndex];
    if (label === undefined) throw new Error(`Vessel ${vessel.mmsi} names label ${labelIndex}, but the list has ${labels.length}.`);
    return { ...vessel, label };
  });
}
