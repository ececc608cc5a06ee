import { describe, expect, it } from 'vitest';
import { shipCategories, shipCategory, shipCategoryStyle } from '../src/map/shipCategories';

describe('shipCategory', () => {
  // Codes from ITU-R M.1371-5 table 53 (the texts gpsd prints for them in parentheses).
  it.each([
    [70, 'cargo'], // Cargo - all ships of this type
    [79, 'cargo'],
    [80, 'tanker'], // Tanker - all ships of this type
    [84, 'tanker'],
    [60, 'passenger'],
    [69, 'passenger'],
    [30, 'fishing'],
    [40, 'high-speed'],
    [49, 'high-speed'],
    [31, 'tug-special'], // Towing
    [52, 'tug-special'], // Tug
    [50, 'tug-special'], // Pilot Vessel
    [35, 'military-law'], // Military ops
    [55, 'military-law'], // Law Enforcement
    [51, 'search-rescue'],
    [36, 'pleasure'], // Sailing
    [37, 'pleasure'], // Pleasure Craft
    [0, 'other'], // Not available
    [20, 'other'], // Wing in ground
    [56, 'other'], // Spare - local vessel
    [90, 'other'],
    [99, 'other'],
    [null, 'other'],
    [undefined, 'other'],
  ])('code %s is %s', (code, category) => {
    expect(shipCategory(code)).toBe(category);
  });

  it('gives every category its own colour', () => {
    const colours = shipCategories.map((category) => shipCategoryStyle[category].colour.toLowerCase());
    expect(new Set(colours).size).toBe(shipCategories.length);
  });
});
