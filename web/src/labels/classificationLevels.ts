/**
 * The NATO classification levels as the host writes them, lowest first, and the banner colours the app shows for
 * each. The colours are the ones NATO and national systems commonly display (green unclassified, blue confidential,
 * red secret, orange top secret), with amber for RESTRICTED so that every level differs from its neighbours; each
 * text colour is chosen for a contrast of at least 4.5:1 on its background.
 */
export type ClassificationLevel = 'UNCLASSIFIED' | 'RESTRICTED' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET';

/** How a banner looks: its words, its colours, and its rank for finding the highest of several. */
export interface BannerStyle {
  /** The level, or undefined when the text named no level this app knows. */
  level: ClassificationLevel | undefined;
  /** The upper-case words shown on the banner. */
  text: string;
  background: string;
  foreground: string;
  /** The order of protection, lowest first; an unknown level ranks above every known one. */
  rank: number;
}

const styles: readonly BannerStyle[] = [
  { level: 'UNCLASSIFIED', text: 'UNCLASSIFIED', background: '#007a33', foreground: '#ffffff', rank: 0 },
  { level: 'RESTRICTED', text: 'RESTRICTED', background: '#f2a900', foreground: '#000000', rank: 1 },
  { level: 'CONFIDENTIAL', text: 'CONFIDENTIAL', background: '#0033a0', foreground: '#ffffff', rank: 2 },
  { level: 'SECRET', text: 'SECRET', background: '#c8102e', foreground: '#ffffff', rank: 3 },
  { level: 'TOP SECRET', text: 'TOP SECRET', background: '#ff671f', foreground: '#000000', rank: 4 },
];

/**
 * Unknown words fail closed: the banner says so in black and outranks every level, so a record the app cannot read
 * never makes a screen look less protected than it is.
 */
const unknownStyle: BannerStyle = {
  level: undefined,
  text: 'CLASSIFICATION UNKNOWN',
  background: '#000000',
  foreground: '#ffffff',
  rank: 5,
};

/**
 * The banner style of a classification as the API writes it: the enum name ("TopSecret"), the marking word
 * ("TOP SECRET"), the NATO policy form ("NATO SECRET", "COSMIC TOP SECRET"), in any letter case, or a whole marking
 * ("NATO SECRET // REL TO AUS, JPN"), whose classification is the part before the first "//".
 */
export function bannerStyle(classification: string | null | undefined): BannerStyle {
  const words = ((classification ?? '').split('//', 1)[0] ?? '')
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[\s_-]+/g, ' ')
    .toUpperCase();
  const bare = words.replace(/^NATO (?=.)|^COSMIC (?=TOP SECRET$)/, '');
  return styles.find((style) => style.level === bare) ?? unknownStyle;
}

/** The style of the most protected of several classifications; UNCLASSIFIED when there are none. */
export function highestBannerStyle(classifications: Iterable<string>): BannerStyle {
  let highest = styles[0] as BannerStyle;
  for (const classification of classifications) {
    const style = bannerStyle(classification);
    if (style.rank > highest.rank) highest = style;
  }
  return highest;
}
