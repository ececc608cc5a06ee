import type { BannerStyle } from '../labels/classificationLevels';

/**
 * The classification bar at the top and bottom of every screen, as NATO systems show it: the highest level of what
 * is on screen, full width, in the level's colour, so nobody mistakes a SECRET screen for an unclassified one.
 */
export function ClassificationBanner({ style, edge }: { style: BannerStyle; edge: 'top' | 'bottom' }) {
  return (
    <div
      class={`classification-banner classification-banner--${edge}`}
      style={{ background: style.background, color: style.foreground }}
      data-classification={style.text}
      role={edge === 'top' ? 'note' : undefined}
      aria-label={edge === 'top' ? `Screen classification: ${style.text}` : undefined}
      aria-hidden={edge === 'bottom' ? 'true' : undefined}
    >
      {style.text}
    </div>
  );
}
