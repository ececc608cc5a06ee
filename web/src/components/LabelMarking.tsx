import type { Label } from '../api/types';
import { bannerStyle } from '../labels/classificationLevels';

/** A record's marking ("NATO SECRET // REL TO AUS, JPN") on its classification colour. */
export function LabelMarking({ label }: { label: Label }) {
  const style = bannerStyle(label.classification);
  return (
    <span class="label-marking" style={{ background: style.background, color: style.foreground }}>
      {label.marking}
    </span>
  );
}
