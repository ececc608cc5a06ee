import { mercatorAt, mercatorX, mercatorY, type MapView } from './mapView';
import { shipCategories, type ShipCategory } from './shipCategories';
import type { Staleness } from './staleness';
import type { VesselFeature } from './vesselDiff';

/**
 * What the vessel layer's shaders read per vessel, as floats: the mercator position split in a high and a low part
 * (float32 alone rounds it to some 2 m; the shader subtracts the centre from each part before adding them, so a
 * vessel stays put at any zoom), the rotation in degrees, the icon's index in the atlas, the category's index in the
 * palette, and the staleness (0 fresh, 1 stale, 2 lost).
 */
export const vesselAttributes = ['highX', 'highY', 'lowX', 'lowY', 'rotation', 'icon', 'category', 'staleness'] as const;

/** Floats per vessel in the instance buffer. */
export const floatsPerVessel = vesselAttributes.length;

const stalenessCode: Record<Staleness, number> = { fresh: 0, stale: 1, lost: 2 };

/** The slots of the instance buffer that changed since the GPU copy was last brought up to date (end exclusive). */
export interface DirtySlots {
  from: number;
  to: number;
}

/**
 * Every vessel drawn, one slot each in a float buffer that goes to the GPU as it is: a live push rewrites the slots of
 * the vessels it changed, and a vessel that leaves gives its slot to the last one, so the buffer stays packed and only
 * the changed range is uploaded again. Also the map's spatial lookup for clicks: positions are kept in full precision
 * beside the buffer, and a click is a scan of them (50,000 vessels: 1.1 ms in Node on the loaded development
 * machine).
 */
export class VesselInstances {
  readonly #iconIndex: ReadonlyMap<string, number>;
  readonly #slots = new Map<number, number>();
  readonly #mmsis: number[] = [];
  #data = new Float32Array(0);
  #mercator = new Float64Array(0);
  #dirty: DirtySlots | undefined;

  /** `icons`: the icon names in the atlas's order. */
  constructor(icons: readonly string[]) {
    this.#iconIndex = new Map(icons.map((name, index) => [name, index]));
  }

  /** How many vessels are held. */
  get count(): number {
    return this.#mmsis.length;
  }

  /** The buffer: `count` vessels of `floatsPerVessel` floats, then unused capacity. */
  get data(): Float32Array {
    return this.#data;
  }

  /** Takes the slots changed since the last call, if any. */
  takeDirty(): DirtySlots | undefined {
    const dirty = this.#dirty;
    this.#dirty = undefined;
    return dirty;
  }

  /** Adds or rewrites `changed` (by MMSI) and drops `removed`. */
  apply(changed: readonly VesselFeature[], removed: readonly number[]): void {
    for (const mmsi of removed) this.#remove(mmsi);
    this.#reserve(this.#mmsis.length + changed.length);
    for (const feature of changed) {
      const mmsi = feature.properties.mmsi;
      let slot = this.#slots.get(mmsi);
      if (slot === undefined) {
        slot = this.#mmsis.length;
        this.#slots.set(mmsi, slot);
        this.#mmsis.push(mmsi);
      }
      this.#write(slot, feature);
    }
  }

  /**
   * The MMSI of the vessel drawn nearest to a canvas point (CSS pixels), within `tolerance` pixels, if any. The map
   * turns and scales the world but never stretches it, so the distance on screen is the mercator distance times the
   * world's size, measured to the nearest copy of the world.
   */
  nearest(view: MapView, x: number, y: number, tolerance: number): number | undefined {
    const at = mercatorAt(view, x, y);
    const reach = tolerance / view.worldSize;
    let best: number | undefined;
    let bestSquared = reach * reach;
    const positions = this.#mercator;
    for (let slot = 0; slot < this.#mmsis.length; slot++) {
      const across = (positions[2 * slot] as number) - at.x;
      const dx = across - Math.round(across);
      const dy = (positions[2 * slot + 1] as number) - at.y;
      const squared = dx * dx + dy * dy;
      if (squared <= bestSquared) {
        bestSquared = squared;
        best = this.#mmsis[slot];
      }
    }
    return best;
  }

  #write(slot: number, feature: VesselFeature): void {
    const [longitude, latitude] = feature.geometry.coordinates as [number, number];
    const x = mercatorX(longitude);
    const y = mercatorY(latitude);
    this.#mercator[2 * slot] = x;
    this.#mercator[2 * slot + 1] = y;
    const highX = Math.fround(x);
    const highY = Math.fround(y);
    const { icon, category, staleness, rotation } = feature.properties;
    const offset = slot * floatsPerVessel;
    const data = this.#data;
    data[offset] = highX;
    data[offset + 1] = highY;
    data[offset + 2] = x - highX;
    data[offset + 3] = y - highY;
    data[offset + 4] = rotation;
    data[offset + 5] = this.#iconIndex.get(icon) ?? 0;
    data[offset + 6] = categoryIndex(category);
    data[offset + 7] = stalenessCode[staleness];
    this.#mark(slot, slot + 1);
  }

  #remove(mmsi: number): void {
    const slot = this.#slots.get(mmsi);
    if (slot === undefined) return;
    this.#slots.delete(mmsi);
    const last = this.#mmsis.length - 1;
    const moved = this.#mmsis.pop() as number;
    if (slot === last) return;
    // The last vessel takes the freed slot: the buffer stays packed, and one slot is uploaded instead of a shift.
    this.#mmsis[slot] = moved;
    this.#slots.set(moved, slot);
    this.#data.copyWithin(slot * floatsPerVessel, last * floatsPerVessel, (last + 1) * floatsPerVessel);
    this.#mercator.copyWithin(2 * slot, 2 * last, 2 * last + 2);
    this.#mark(slot, slot + 1);
  }

  #reserve(count: number): void {
    if (count * floatsPerVessel <= this.#data.length) return;
    const capacity = Math.max(count, Math.ceil(this.#mmsis.length * 1.5), 1024);
    const data = new Float32Array(capacity * floatsPerVessel);
    data.set(this.#data);
    this.#data = data;
    const mercator = new Float64Array(capacity * 2);
    mercator.set(this.#mercator);
    this.#mercator = mercator;
    // A new buffer: the GPU's copy is made again whole.
    this.#mark(0, this.#mmsis.length);
  }

  #mark(from: number, to: number): void {
    this.#dirty = this.#dirty === undefined ? { from, to } : { from: Math.min(from, this.#dirty.from), to: Math.max(to, this.#dirty.to) };
  }
}

function categoryIndex(category: ShipCategory): number {
  return shipCategories.indexOf(category);
}
