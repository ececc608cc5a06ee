import type { GeoBox } from '../api/types';
import { viewportBox } from './viewportBox';

/** How far the box asked of the host reaches beyond the view on each side, as a share of the view's width and height. */
export const subscriptionMargin = 0.25;

/**
 * The box to ask the host for (subscribe to, or poll), given the visible one and the box asked so far. The box asked
 * reaches a quarter of the view beyond each edge, so a short pan keeps it: no new subscription, no snapshot of every
 * vessel again, and the map re-tiles only what moved. The margin stays small because every vessel in the box asked is
 * sent and tiled (2.25 times the view's area). A new box is asked when the view leaves the old one, or when the view
 * has shrunk (zoomed in) to under a quarter of the box, where most of its vessels would be off screen.
 */
export function subscriptionBox(visible: GeoBox, asked: GeoBox | undefined): GeoBox {
  if (asked !== undefined && contains(asked, visible) && area(asked) <= area(padded(visible, subscriptionMargin * 2))) return asked;
  return padded(visible, subscriptionMargin);
}

/** Whether a position lies in a box (one that crosses the antimeridian included). */
export function inBox(box: GeoBox, longitude: number, latitude: number): boolean {
  if (latitude < box.south || latitude > box.north) return false;
  return box.west <= box.east ? longitude >= box.west && longitude <= box.east : longitude >= box.west || longitude <= box.east;
}

// The box grown by a share of its size on each side, wrapped and clamped as viewportBox does a visible one.
function padded(box: GeoBox, margin: number): GeoBox {
  const width = span(box);
  const height = box.north - box.south;
  const west = box.west - width * margin;
  return viewportBox({ west, south: box.south - height * margin, east: west + width * (1 + 2 * margin), north: box.north + height * margin });
}

function contains(outer: GeoBox, inner: GeoBox): boolean {
  if (inner.south < outer.south || inner.north > outer.north) return false;
  if (span(outer) >= 360) return true;
  const offset = (((inner.west - outer.west) % 360) + 360) % 360;
  return offset + span(inner) <= span(outer);
}

function area(box: GeoBox): number {
  return span(box) * (box.north - box.south);
}

/** The box's width in degrees of longitude, across the antimeridian when west exceeds east. */
function span(box: GeoBox): number {
  return box.west <= box.east ? box.east - box.west : box.east - box.west + 360;
}
