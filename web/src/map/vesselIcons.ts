import { shipCategories, shipCategoryStyle } from './shipCategories';
import { vesselIconName } from './vesselFeatures';
import { vesselIconSize as size } from './vesselLook';

/** Device pixels per CSS pixel the icons are drawn at, so they stay sharp on high-density screens. */
const pixelRatio = 2;
/** The dark edge that keeps every colour readable against sea and land alike. */
const edge = '#061018';

/** One icon for `map.addImage`, drawn on a canvas at run time: the style needs no sprite file from a server. */
export interface VesselIcon {
  name: string;
  image: ImageData;
  pixelRatio: number;
}

/**
 * Every vessel icon: for each category an arrow (a hull pointing north, which the layer rotates by heading) and a
 * dot (no heading or course reported), each filled, or hollow for a lost report. Staleness short of lost is shown
 * by the layer's opacity, so it needs no icon of its own.
 */
export function drawVesselIcons(): VesselIcon[] {
  const canvas = document.createElement('canvas');
  canvas.width = size * pixelRatio;
  canvas.height = size * pixelRatio;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (context === null) throw new Error('The browser cannot draw on a canvas.');

  const icons: VesselIcon[] = [];
  for (const category of shipCategories) {
    const colour = shipCategoryStyle[category].colour;
    for (const pointed of [true, false]) {
      for (const hollow of [false, true]) {
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, canvas.width, canvas.height);
        context.setTransform(pixelRatio, 0, 0, pixelRatio, size / 2 * pixelRatio, size / 2 * pixelRatio);
        outline(context, pointed);
        context.lineJoin = 'round';
        if (hollow) {
          context.lineWidth = 3.5;
          context.strokeStyle = edge;
          context.stroke();
          context.lineWidth = 1.8;
          context.strokeStyle = colour;
          context.stroke();
        } else {
          context.fillStyle = colour;
          context.fill();
          context.lineWidth = 1.2;
          context.strokeStyle = edge;
          context.stroke();
        }
        icons.push({
          name: vesselIconName(category, pointed, hollow ? 'lost' : 'fresh'),
          image: context.getImageData(0, 0, canvas.width, canvas.height),
          pixelRatio,
        });
      }
    }
  }
  return icons;
}

// A hull 16 px long pointing north (bow at the top, a notch at the stern), or a dot of 9 px.
function outline(context: CanvasRenderingContext2D, pointed: boolean) {
  context.beginPath();
  if (pointed) {
    context.moveTo(0, -8);
    context.lineTo(5, 7);
    context.lineTo(0, 4);
    context.lineTo(-5, 7);
    context.closePath();
  } else {
    context.arc(0, 0, 4.5, 0, Math.PI * 2);
  }
}
