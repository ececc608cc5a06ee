/**
 * The classes the map colours vessels by, from the AIS ship and cargo type code (ITU-R M.1371 table 53). The
 * colours follow the convention of common AIS displays (cargo green, tanker red, passenger blue, fishing orange), so
 * officers used to them read the map without a legend, and they stay distinct on the dark sea.
 */
export type ShipCategory =
  | 'cargo'
  | 'tanker'
  | 'passenger'
  | 'fishing'
  | 'high-speed'
  | 'tug-special'
  | 'military-law'
  | 'search-rescue'
  | 'pleasure'
  | 'other';

/** Every category, in the legend's order. */
export const shipCategories: readonly ShipCategory[] = [
  'cargo',
  'tanker',
  'passenger',
  'fishing',
  'high-speed',
  'tug-special',
  'military-law',
  'search-rescue',
  'pleasure',
  'other',
];

/** The colour and legend text of each category. */
export const shipCategoryStyle: Readonly<Record<ShipCategory, { colour: string; text: string }>> = {
  cargo: { colour: '#5ccf6a', text: 'Cargo' },
  tanker: { colour: '#ff5a5a', text: 'Tanker' },
  passenger: { colour: '#4f9dff', text: 'Passenger' },
  fishing: { colour: '#ff9f40', text: 'Fishing' },
  'high-speed': { colour: '#ffe04d', text: 'High-speed craft' },
  'tug-special': { colour: '#3fd9d9', text: 'Tug, pilot, special craft' },
  'military-law': { colour: '#c38bff', text: 'Military, law enforcement' },
  'search-rescue': { colour: '#ffffff', text: 'Search and rescue' },
  pleasure: { colour: '#ff6fd8', text: 'Sailing, pleasure' },
  other: { colour: '#a3adb8', text: 'Other or not reported' },
};

/** The category of a ship type code; null (no static data yet) and reserved codes are "other". */
export function shipCategory(code: number | null | undefined): ShipCategory {
  if (code === null || code === undefined) return 'other';
  if (code === 30) return 'fishing';
  if (code === 35 || code === 55) return 'military-law';
  if (code === 36 || code === 37) return 'pleasure';
  if (code === 51) return 'search-rescue';
  if ([31, 32, 33, 34, 50, 52, 53, 54, 58].includes(code)) return 'tug-special';
  if (code >= 40 && code <= 49) return 'high-speed';
  if (code >= 60 && code <= 69) return 'passenger';
  if (code >= 70 && code <= 79) return 'cargo';
  if (code >= 80 && code <= 89) return 'tanker';
  return 'other';
}
