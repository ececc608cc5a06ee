import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { CircleLayerSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import countries from 'world-atlas/countries-50m.json';
import { basemapFromTopology, type WorldAtlasTopology } from '../src/map/basemap';
import { mapIds, operationsMapStyle } from '../src/map/mapStyle';

const style = operationsMapStyle(basemapFromTopology(countries as unknown as WorldAtlasTopology), {
  type: 'FeatureCollection',
  features: [],
});

function layer<T extends LayerSpecification>(id: string): T {
  const found = style.layers.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No layer ${id}`);
  return found as T;
}

describe('operationsMapStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('rings the selected vessel from its own source, over the live vessels and under the replayed one', () => {
    const ring = layer<CircleLayerSpecification>(mapIds.selectionLayer);
    expect(ring.source).toBe(mapIds.selectionSource);
    expect(ring.filter).toBeUndefined();
    const order = style.layers.map((candidate) => candidate.id);
    expect(order.indexOf(mapIds.selectionLayer)).toBeLessThan(order.indexOf(mapIds.replayLayer));
    expect(order).not.toContain(mapIds.vesselLayer);
  });

  it('draws the replayed vessel as its icon turned to its bearing, never hidden', () => {
    const replay = layer<SymbolLayerSpecification>(mapIds.replayLayer).layout ?? {};
    expect(replay['icon-image']).toEqual(['get', 'icon']);
    expect(replay['icon-rotate']).toEqual(['get', 'rotation']);
    expect(replay['icon-rotation-alignment']).toBe('map');
    expect(replay['icon-allow-overlap']).toBe(true);
  });
});
