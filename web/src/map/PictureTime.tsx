import { useState } from 'preact/hooks';
import { formatZulu } from '../format/time';
import { parseJumpTime } from './replayClock';
import { liveRefreshMs, type Delivery } from './useViewportVessels';

/**
 * Whether the map shows the live picture (pushed by the hub, or polled while the hub is unavailable) or the
 * archive's picture at a past time, and a way to change it.
 */
export function PictureTime({
  atMs,
  delivery,
  onAt,
}: {
  atMs: number | undefined;
  delivery: Delivery;
  onAt: (atMs: number | undefined) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  function show(event: Event) {
    event.preventDefault();
    const target = parseJumpTime(text, atMs ?? Date.now());
    if (target === undefined) setError('Write a UTC time such as 2026-11-28 01:30Z.');
    else if (target > Date.now()) setError('The picture cannot be shown in the future.');
    else {
      setError(undefined);
      onAt(target);
    }
  }

  return (
    <div class="picture-time">
      <span class={atMs === undefined ? 'picture-time__live' : 'picture-time__past'} data-testid="picture-time">
        {atMs === undefined ? 'Live picture' : `Picture at ${formatZulu(new Date(atMs).toISOString(), true)}`}
      </span>
      <span class="picture-time__delivery">
        {atMs !== undefined
          ? 'from the archive'
          : delivery === 'pushed'
            ? 'pushed as it changes'
            : `asked every ${liveRefreshMs / 1000} s (live updates unavailable)`}
      </span>
      <form onSubmit={show}>
        <label>
          <span class="visually-hidden">Picture time (UTC)</span>
          <input
            type="text"
            value={text}
            placeholder="Past time, UTC"
            onInput={(event) => setText(event.currentTarget.value)}
            {...(error === undefined ? {} : { 'aria-describedby': 'picture-time-error', 'aria-invalid': true })}
          />
        </label>
        <button type="submit">Show</button>
      </form>
      {atMs !== undefined && (
        <button type="button" onClick={() => onAt(undefined)}>
          Back to live
        </button>
      )}
      {error !== undefined && (
        <span id="picture-time-error" class="timeline__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
