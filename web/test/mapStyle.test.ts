import { expression, latest, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { CircleLayerSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import countries from 'world-atlas/countries-50m.json';
import { basemapFromTopology, type WorldAtlasTopology } from '../src/map/basemap';
import { mapIds, operationsMapStyle, vesselIconMinZoom, vesselLayers } from '../src/map/mapStyle';
import { shipCategories, shipCategoryStyle, type ShipCategory } from '../src/map/shipCategories';
import type { Staleness } from '../src/map/staleness';

const style = operationsMapStyle(basemapFromTopology(countries as unknown as WorldAtlasTopology), {
  type: 'FeatureCollection',
  features: [],
});

function layer<T extends LayerSpecification>(id: string): T {
  const found = style.layers.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No layer ${id}`);
  return found as T;
}

// A paint property of a vessel layer as MapLibre evaluates it, for a vessel of that category and staleness at `zoom`.
function paint(layerType: 'circle' | 'symbol', value: unknown, property: string, category: ShipCategory, staleness: Staleness, zoom = 4): unknown {
  const specification = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layerType}`]?.[property];
  if (specification === undefined) throw new Error(`No paint property ${property} for ${layerType} layers`);
  const parsed = expression.createPropertyExpression(value, `paint.${property}`, specification);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const evaluated: unknown = parsed.value.evaluate({ zoom }, { type: 'Point', properties: { category, staleness } } as never);
  return typeof evaluated === 'object' && evaluated !== null && 'toString' in evaluated ? String(evaluated) : evaluated;
}

// '#5ccf6a' as MapLibre prints an opaque colour.
function rgba(hex: string): string {
  const channel = (index: number) => Number.parseInt(hex.slice(index, index + 2), 16);
  return `rgba(${channel(1)},${channel(3)},${channel(5)},1)`;
}

describe('operationsMapStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draws vessels as dots up to the icon zoom and as icons from it, never both, and a click finds either', () => {
    const dots = layer<CircleLayerSpecification>(mapIds.vesselDotLayer);
    const icons = layer<SymbolLayerSpecification>(mapIds.vesselLayer);
    expect(dots.source).toBe(mapIds.vesselSource);
    expect(icons.source).toBe(mapIds.vesselSource);
    expect(dots.maxzoom).toBe(vesselIconMinZoom);
    expect(icons.minzoom).toBe(vesselIconMinZoom);
    expect(vesselLayers).toEqual([mapIds.vesselDotLayer, mapIds.vesselLayer]);
  });

  it('colours each dot by its category, filled while fresh, faded when stale, a ring of its colour when lost', () => {
    const dots = layer<CircleLayerSpecification>(mapIds.vesselDotLayer).paint ?? {};
    for (const category of shipCategories) {
      const colour = rgba(shipCategoryStyle[category].colour);
      expect(paint('circle', dots['circle-color'], 'circle-color', category, 'fresh')).toBe(colour);
      expect(paint('circle', dots['circle-opacity'], 'circle-opacity', category, 'fresh')).toBe(1);
      expect(paint('circle', dots['circle-stroke-width'], 'circle-stroke-width', category, 'fresh')).toBe(0);

      expect(paint('circle', dots['circle-opacity'], 'circle-opacity', category, 'stale')).toBe(0.4);
      expect(paint('circle', dots['circle-stroke-opacity'], 'circle-stroke-opacity', category, 'stale')).toBe(0.4);

      expect(paint('circle', dots['circle-opacity'], 'circle-opacity', category, 'lost')).toBe(0);
      expect(paint('circle', dots['circle-stroke-color'], 'circle-stroke-color', category, 'lost')).toBe(colour);
      expect(paint('circle', dots['circle-stroke-width'], 'circle-stroke-width', category, 'lost')).toBe(1);
      expect(paint('circle', dots['circle-stroke-opacity'], 'circle-stroke-opacity', category, 'lost')).toBe(0.75);
    }
  });

  it('fades stale icons as it fades stale dots', () => {
    const icons = layer<SymbolLayerSpecification>(mapIds.vesselLayer).paint ?? {};
    const opacity = (staleness: Staleness) => paint('symbol', icons['icon-opacity'], 'icon-opacity', 'cargo', staleness, 8);
    expect([opacity('fresh'), opacity('stale'), opacity('lost')]).toEqual([1, 0.4, 0.75]);
  });

  it('keeps dots small when zoomed out, where thousands overlap, and growing towards the icons', () => {
    const dots = layer<CircleLayerSpecification>(mapIds.vesselDotLayer).paint ?? {};
    const radius = (zoom: number) => paint('circle', dots['circle-radius'], 'circle-radius', 'cargo', 'fresh', zoom) as number;
    expect(radius(2)).toBeLessThanOrEqual(2);
    expect(radius(vesselIconMinZoom)).toBeGreaterThan(radius(4));
  });
});
