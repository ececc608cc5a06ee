import { shipCategories, shipCategoryStyle } from './shipCategories';
import type { Staleness } from './staleness';

/**
 * The zoom from which vessels are drawn as icons turned to their heading; below it they are dots of their type's
 * colour. Zoomed out, a heading cannot be read from an arrow among thousands, and each dot costs fewer pixels: on a
 * machine without a graphics card, where WebGL is drawn by the processor, every pixel drawn is paid for.
 */
export const vesselIconMinZoom = 6;

/** The side of a vessel icon in CSS pixels at scale 1: vesselIcons.ts draws them at it, the vessel layer scales them from it. */
export const vesselIconSize = 20;

/** Stale vessels faded, lost ones (drawn hollow) a little less, fresh ones opaque. */
export const stalenessOpacity: Readonly<Record<Staleness, number>> = { fresh: 1, stale: 0.4, lost: 0.75 };

/** The width in CSS pixels of the ring that draws a lost vessel's dot (hollow, as its icon). */
export const lostRingWidth = 1;

/** How vessels are drawn at a zoom: dots of a radius, or icons at a scale of `vesselIconSize`. */
export type VesselLook = { shape: 'dot'; radius: number } | { shape: 'icon'; scale: number };

/**
 * Small dots zoomed out, where tens of thousands overlap (1.75 px at zoom 2), growing to 3 px towards the icons;
 * icons from zoom 6 at 0.8 of their size, full size from zoom 10.
 */
export function vesselLookAt(zoom: number): VesselLook {
  if (zoom < vesselIconMinZoom) return { shape: 'dot', radius: between(zoom, 2, 1.75, vesselIconMinZoom, 3) };
  return { shape: 'icon', scale: between(zoom, vesselIconMinZoom, 0.8, 10, 1) };
}

/** Each category's colour as red, green, blue in 0..1, in the order of `shipCategories` (the shader's palette). */
export function categoryPalette(): Float32Array {
  const palette = new Float32Array(shipCategories.length * 3);
  shipCategories.forEach((category, index) => {
    const hex = shipCategoryStyle[category].colour;
    for (let channel = 0; channel < 3; channel++) palette[index * 3 + channel] = Number.parseInt(hex.slice(1 + channel * 2, 3 + channel * 2), 16) / 255;
  });
  return palette;
}

// A linear ramp from (zoomA, a) to (zoomB, b), held flat beyond its ends.
function between(zoom: number, zoomA: number, a: number, zoomB: number, b: number): number {
  const t = Math.max(0, Math.min(1, (zoom - zoomA) / (zoomB - zoomA)));
  return a + (b - a) * t;
}
