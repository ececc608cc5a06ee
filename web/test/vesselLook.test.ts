import { describe, expect, it } from 'vitest';
import { shipCategories, shipCategoryStyle } from '../src/map/shipCategories';
import { categoryPalette, stalenessOpacity, vesselIconMinZoom, vesselLookAt } from '../src/map/vesselLook';
import { vesselFragmentShader, vesselVertexShader } from '../src/map/vesselShaders';

describe('vesselLookAt', () => {
  it('draws dots below the icon zoom and icons from it, never both', () => {
    expect(vesselLookAt(vesselIconMinZoom - 0.01).shape).toBe('dot');
    expect(vesselLookAt(vesselIconMinZoom).shape).toBe('icon');
    expect(vesselLookAt(14).shape).toBe('icon');
  });

  it('keeps dots small zoomed out, where thousands overlap, growing towards the icons', () => {
    expect(vesselLookAt(0)).toEqual({ shape: 'dot', radius: 1.75 });
    expect(vesselLookAt(2)).toEqual({ shape: 'dot', radius: 1.75 });
    expect(vesselLookAt(4)).toEqual({ shape: 'dot', radius: 2.375 });
    expect(vesselLookAt(5.99)).toMatchObject({ shape: 'dot' });
  });

  it('shows icons at 0.8 of their size at zoom 6, full size from zoom 10', () => {
    expect(vesselLookAt(6)).toEqual({ shape: 'icon', scale: 0.8 });
    expect(vesselLookAt(8)).toEqual({ shape: 'icon', scale: 0.9 });
    expect(vesselLookAt(10)).toEqual({ shape: 'icon', scale: 1 });
    expect(vesselLookAt(16)).toEqual({ shape: 'icon', scale: 1 });
  });
});

describe('categoryPalette', () => {
  it('holds each category colour in the order the instances number categories', () => {
    const palette = categoryPalette();
    expect(palette).toHaveLength(shipCategories.length * 3);
    // cargo #5ccf6a, tanker #ff5a5a
    expect(shipCategoryStyle.cargo.colour).toBe('#5ccf6a');
    expect([...palette.slice(0, 3)].map((channel) => Math.round(channel * 255))).toEqual([0x5c, 0xcf, 0x6a]);
    expect([...palette.slice(3, 6)].map((channel) => Math.round(channel * 255))).toEqual([0xff, 0x5a, 0x5a]);
  });
});

describe('vessel shaders', () => {
  it('fade stale vessels to 0.4 and lost ones to 0.75, and size the palette to the categories', () => {
    expect(stalenessOpacity).toEqual({ fresh: 1, stale: 0.4, lost: 0.75 });
    expect(vesselVertexShader).toContain(`uniform vec3 u_palette[${shipCategories.length}]`);
    expect(vesselVertexShader).toContain('a_staleness > 1.5 ? 0.75 : a_staleness > 0.5 ? 0.40 : 1.00');
  });

  it('draw a lost vessel as a ring and the others filled', () => {
    expect(vesselFragmentShader).toContain('mix(inside, ring, v_lost)');
    expect(vesselVertexShader).toContain('v_lost = a_staleness > 1.5 ? 1.0 : 0.0');
  });
});
