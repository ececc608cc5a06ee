import { describe, expect, it } from 'vitest';
import { viewportBox } from '../src/map/viewportBox';

describe('viewportBox', () => {
  it('passes a plain box through', () => {
    expect(viewportBox({ west: 100, south: 0, east: 125, north: 30 })).toEqual({ west: 100, south: 0, east: 125, north: 30 });
  });

  it('wraps a view across the antimeridian so that west exceeds east, as the host takes it', () => {
    expect(viewportBox({ west: 170, south: 30, east: 190, north: 50 })).toEqual({ west: 170, south: 30, east: -170, north: 50 });
    expect(viewportBox({ west: -200, south: 30, east: -170, north: 50 })).toEqual({ west: 160, south: 30, east: -170, north: 50 });
  });

  it('asks for the whole world when the view is wider than it, and clamps the poles', () => {
    expect(viewportBox({ west: -250, south: -95, east: 200, north: 91 })).toEqual({ west: -180, south: -90, east: 180, north: 90 });
  });
});
