import { useEffect, useState } from 'preact/hooks';
import { formatZulu } from '../format/time';
import { advanceReplay, parseJumpTime, replaySpeeds } from './replayClock';
import { formatAge } from './staleness';
import type { TrackFix, TrackPosition } from './trackInterpolation';

/**
 * The replay of the selected vessel's track: play and pause at 1× to 600×, a slider over the track's span, and a
 * time to jump to. The map draws the vessel where it was at the shown time; "Whole picture at this time" moves every
 * vessel on the map to that time.
 */
export function TrackTimeline({
  track,
  timeMs,
  position,
  onTime,
  onWholePicture,
}: {
  track: readonly TrackFix[];
  timeMs: number;
  position: TrackPosition | undefined;
  onTime: (timeMs: number) => void;
  onWholePicture: (timeMs: number) => void;
}) {
  const startMs = track[0]?.timeMs ?? timeMs;
  const endMs = track[track.length - 1]?.timeMs ?? timeMs;
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(60);
  const [jumpText, setJumpText] = useState('');
  const [jumpError, setJumpError] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!playing) return undefined;
    let frame = 0;
    let last = performance.now();
    let shown = timeMs >= endMs ? startMs : timeMs;
    const step = (now: number) => {
      shown = advanceReplay(shown, now - last, speed, endMs);
      last = now;
      onTime(shown);
      if (shown >= endMs) setPlaying(false);
      else frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
    // The loop owns the time while playing; restarting it on every frame's new time would stall it.
  }, [playing, speed, startMs, endMs]);

  function jump(event: Event) {
    event.preventDefault();
    const target = parseJumpTime(jumpText, timeMs);
    if (target === undefined) {
      setJumpError('Write a UTC time such as 2026-11-28 01:30Z, or 01:30 for the day shown.');
    } else if (target < startMs || target > endMs) {
      setJumpError(`The track runs from ${formatZulu(iso(startMs), true)} to ${formatZulu(iso(endMs), true)}.`);
    } else {
      setJumpError(undefined);
      setPlaying(false);
      onTime(target);
    }
  }

  return (
    <section class="timeline" aria-label="Track replay">
      <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing} disabled={startMs === endMs}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <label class="timeline__speed">
        Speed
        <select value={String(speed)} onChange={(event) => setSpeed(Number(event.currentTarget.value))}>
          {replaySpeeds.map((option) => (
            <option key={option} value={String(option)}>
              {option}×
            </option>
          ))}
        </select>
      </label>
      <input
        class="timeline__slider"
        type="range"
        aria-label="Replay time"
        aria-valuetext={formatZulu(iso(timeMs), true)}
        min={startMs}
        max={endMs}
        step={1000}
        value={timeMs}
        disabled={startMs === endMs}
        onInput={(event) => {
          setPlaying(false);
          onTime(Number(event.currentTarget.value));
        }}
      />
      <output class="timeline__time" data-testid="timeline-time">
        {formatZulu(iso(timeMs), true)}
      </output>
      <span class="timeline__fix">
        {position === undefined
          ? 'outside the track'
          : position.interpolated
            ? `between reports, ${formatAge(timeMs - position.lastFixMs)} after the last`
            : 'at a report'}
      </span>
      <form class="timeline__jump" onSubmit={jump}>
        <label>
          Jump to (UTC)
          <input
            type="text"
            value={jumpText}
            placeholder="2026-11-28 01:30Z"
            onInput={(event) => setJumpText(event.currentTarget.value)}
            {...(jumpError === undefined ? {} : { 'aria-describedby': 'timeline-jump-error', 'aria-invalid': true })}
          />
        </label>
        <button type="submit">Go</button>
      </form>
      <button type="button" class="button--secondary" onClick={() => onWholePicture(timeMs)}>
        Whole picture at this time
      </button>
      {jumpError !== undefined && (
        <p id="timeline-jump-error" class="timeline__error" role="alert">
          {jumpError}
        </p>
      )}
    </section>
  );
}

function iso(timeMs: number): string {
  return new Date(timeMs).toISOString();
}
