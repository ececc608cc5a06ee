import { describe, expect, it } from 'vitest';
import { inBox, subscriptionBox } from '../src/map/subscriptionBox';

describe('subscriptionBox', () => {
  const view = { west: 100, south: 0, east: 120, north: 20 };

  it('asks for a quarter of the view beyond each edge', () => {
    expect(subscriptionBox(view, undefined)).toEqual({ west: 95, south: -5, east: 125, north: 25 });
  });

  it('keeps the box asked while the view pans inside it', () => {
    const asked = subscriptionBox(view, undefined);
    expect(subscriptionBox({ west: 104, south: 4, east: 124, north: 24 }, asked)).toBe(asked);
  });

  it('asks again, around the new view, once the view leaves the box', () => {
    const asked = subscriptionBox(view, undefined);
    expect(subscriptionBox({ west: 115, south: 0, east: 135, north: 20 }, asked)).toEqual({ west: 110, south: -5, east: 140, north: 25 });
  });

  it('asks again when the view has zoomed in so far that most of the box would be off screen', () => {
    const asked = subscriptionBox(view, undefined);
    expect(subscriptionBox({ west: 106, south: 6, east: 114, north: 14 }, asked)).toEqual({ west: 104, south: 4, east: 116, north: 16 });
    expect(subscriptionBox({ west: 102, south: 2, east: 118, north: 18 }, asked)).toBe(asked);
  });

  it('wraps across the antimeridian, as the host takes a box whose west exceeds its east', () => {
    const asked = subscriptionBox({ west: 170, south: 30, east: -170, north: 50 }, undefined);
    expect(asked).toEqual({ west: 165, south: 25, east: -165, north: 55 });
    expect(subscriptionBox({ west: 172, south: 32, east: -168, north: 52 }, asked)).toBe(asked);
    expect(subscriptionBox({ west: -175, south: 35, east: -155, north: 55 }, asked)).not.toBe(asked);
  });

  it('asks for the whole world once the padded view would go round it, and clamps the poles', () => {
    expect(subscriptionBox({ west: -120, south: -80, east: 130, north: 85 }, undefined)).toEqual({ west: -180, south: -90, east: 180, north: 90 });
  });
});

describe('inBox', () => {
  it('takes the edges as inside and sees across the antimeridian', () => {
    const box = { west: 170, south: -10, east: -170, north: 10 };
    expect(inBox(box, 175, 0)).toBe(true);
    expect(inBox(box, -175, 10)).toBe(true);
    expect(inBox(box, 0, 0)).toBe(false);
    expect(inBox(box, 175, 11)).toBe(false);
    expect(inBox({ west: 100, south: 0, east: 120, north: 20 }, 120, 0)).toBe(true);
  });
});
