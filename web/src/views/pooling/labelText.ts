import type { LabelFields } from '../../api/poolingTypes';

/**
 * The label of a pooling form: the classification chosen, and "releasable to" and caveats typed as comma- or
 * space-separated lists. Three letters are a nation (ISO 3166-1 alpha-3), anything else a community ("CONCERT",
 * "NATO-IP4"); the host checks both and names what it does not know.
 */
export function labelFields(classification: string, releasableTo: string, caveats: string): LabelFields {
  const releasable = tokens(releasableTo);
  return {
    policy: 'CONCERT',
    classification,
    releasableToNations: releasable.filter(isTrigraph),
    releasableToCommunities: releasable.filter((token) => !isTrigraph(token)),
    caveats: tokens(caveats),
  };
}

/** The words of a list typed with commas or spaces, upper-cased, without empties. */
export function tokens(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((token) => token.trim().toUpperCase())
    .filter((token) => token !== '');
}

function isTrigraph(token: string): boolean {
  return /^[A-Z]{3}$/.test(token);
}
