import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import countries from 'world-atlas/countries-50m.json';
import { basemapFromTopology, graticule, type WorldAtlasTopology } from '../src/map/basemap';

const basemap = basemapFromTopology(countries as unknown as WorldAtlasTopology);

// Ray casting over every ring of every land polygon (holes flip the answer back, as lakes should).
function onLand(longitude: number, latitude: number): boolean {
  let inside = false;
  for (const feature of basemap.land.features) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const ring of polygons.flat()) inside = crosses(ring, longitude, latitude) ? !inside : inside;
  }
  return inside;
}

function crosses(ring: Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('basemapFromTopology', () => {
  it.each([
    ['Tokyo', 139.69, 35.69],
    ['Singapore island', 103.82, 1.36],
    ['Taipei', 121.56, 25.04],
    ['Busan', 129.04, 35.18],
    ['Manila', 120.98, 14.6],
  ])('puts %s on land', (_place, longitude, latitude) => {
    expect(onLand(longitude, latitude)).toBe(true);
  });

  it.each([
    ['the Singapore Strait', 103.9, 1.2],
    ['the Taiwan Strait', 119.5, 24.3],
    ['the Korea Strait', 129.3, 34.5],
    ['the Sea of Japan', 135, 40],
    ['the South China Sea', 113, 13],
  ])('puts %s at sea', (_place, longitude, latitude) => {
    expect(onLand(longitude, latitude)).toBe(false);
  });

  it('strokes borders between countries but not coasts', () => {
    const vertices = basemap.borders.coordinates.flat() as [number, number][];
    // The Pyrenees (France–Spain) are a border; Honshu and Taiwan, islands of one country each, have none.
    expect(vertices.some(([x, y]) => x > -1.5 && x < 3 && y > 42.3 && y < 43)).toBe(true);
    expect(vertices.some(([x, y]) => x > 132 && x < 141 && y > 33 && y < 40)).toBe(false);
    expect(vertices.some(([x, y]) => x > 119.9 && x < 122.1 && y > 21.8 && y < 25.4)).toBe(false);
  });
});

describe('graticule', () => {
  it('draws a meridian and a parallel every step', () => {
    const lines = graticule(10).coordinates;
    // 36 meridians from 180° W, 17 parallels from 80° S to 80° N.
    expect(lines).toHaveLength(36 + 17);
    expect(lines[0]).toEqual([
      [-180, -85],
      [-180, 85],
    ]);
    expect(lines[36]?.[0]).toEqual([-180, -80]);
    expect(lines[36]?.at(-1)).toEqual([180, -80]);
  });
});
