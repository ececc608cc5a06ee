import { describe, expect, it } from 'vitest';
import { bannerStyle, highestBannerStyle } from '../src/labels/classificationLevels';

describe('bannerStyle', () => {
  // The forms the host can write: Concert.Sharing's enum names, ClassificationMarkings' words, and the NATO policy's.
  it.each([
    ['Unclassified', 'UNCLASSIFIED'],
    ['RESTRICTED', 'RESTRICTED'],
    ['Confidential', 'CONFIDENTIAL'],
    ['NATO SECRET', 'SECRET'],
    ['TopSecret', 'TOP SECRET'],
    ['TOP SECRET', 'TOP SECRET'],
    ['top_secret', 'TOP SECRET'],
    ['COSMIC TOP SECRET', 'TOP SECRET'],
    ['  secret  ', 'SECRET'],
    ['NATO SECRET // REL TO AUS, JPN', 'SECRET'],
    ['CONFIDENTIAL//REL TO NZL', 'CONFIDENTIAL'],
  ])('reads %j as %s', (text, level) => {
    expect(bannerStyle(text).level).toBe(level);
    expect(bannerStyle(text).text).toBe(level);
  });

  it('uses the colours of each level', () => {
    expect(bannerStyle('UNCLASSIFIED')).toMatchObject({ background: '#007a33', foreground: '#ffffff' });
    expect(bannerStyle('RESTRICTED')).toMatchObject({ background: '#f2a900', foreground: '#000000' });
    expect(bannerStyle('CONFIDENTIAL')).toMatchObject({ background: '#0033a0', foreground: '#ffffff' });
    expect(bannerStyle('SECRET')).toMatchObject({ background: '#c8102e', foreground: '#ffffff' });
    expect(bannerStyle('TOP SECRET')).toMatchObject({ background: '#ff671f', foreground: '#000000' });
  });

  it.each([['COSMIC SECRET'], ['SECRETISH'], ['NATO'], [''], [null], [undefined], ['REL TO AUS // SECRET']])(
    'fails closed on %j',
    (text) => {
      const style = bannerStyle(text);
      expect(style.level).toBeUndefined();
      expect(style.text).toBe('CLASSIFICATION UNKNOWN');
      expect(style.rank).toBeGreaterThan(bannerStyle('TOP SECRET').rank);
    },
  );

  it('gives every level text a contrast of at least 4.5:1 (WCAG AA)', () => {
    for (const level of ['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET', 'unknown']) {
      const style = bannerStyle(level);
      expect(contrast(style.background, style.foreground), level).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('highestBannerStyle', () => {
  it('is UNCLASSIFIED for a screen without records', () => {
    expect(highestBannerStyle([]).level).toBe('UNCLASSIFIED');
  });

  it('is the most protected level on screen', () => {
    expect(highestBannerStyle(['Restricted', 'NATO SECRET', 'Confidential']).level).toBe('SECRET');
  });

  it('lets one unreadable label outrank TOP SECRET', () => {
    expect(highestBannerStyle(['TOP SECRET', 'whatever']).text).toBe('CLASSIFICATION UNKNOWN');
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
