import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../api/ApiError';
import type { ConcertApi } from '../api/ConcertApi';
import type { GeoBox, Vessel } from '../api/types';
import { asApiError } from '../app/useAsync';

/** How often the live picture is asked again while the map rests. */
export const liveRefreshMs = 5000;

/** The vessels of the box and when they were asked for; the last answer stays on screen while a newer one loads. */
export interface ViewportVessels {
  vessels: Vessel[] | undefined;
  /** The time the answer describes (epoch ms): the picture time, or the moment the live answer was asked. */
  atMs: number;
  error: ApiError | undefined;
}

/**
 * The vessels in `box`: live, asked again whenever the box changes and every few seconds (not while the page is
 * hidden), or the archive's picture at `atMs` when set, asked once per box. An answer that arrives after a newer
 * request started is dropped, so a quick pan never shows an old box's vessels over the new one.
 */
export function useViewportVessels(api: ConcertApi, box: GeoBox | undefined, pictureAtMs: number | undefined): ViewportVessels {
  const [state, setState] = useState<ViewportVessels>({ vessels: undefined, atMs: Date.now(), error: undefined });

  useEffect(() => {
    if (box === undefined) return undefined;
    let current = true;
    let sequence = 0;
    const load = () => {
      const request = ++sequence;
      const atMs = pictureAtMs ?? Date.now();
      api.viewport(box, pictureAtMs === undefined ? undefined : new Date(pictureAtMs)).then(
        (vessels) => current && request === sequence && setState({ vessels, atMs, error: undefined }),
        (failure: unknown) =>
          current && request === sequence && setState((previous) => ({ ...previous, error: asApiError(failure) })),
      );
    };
    load();
    const timer =
      pictureAtMs === undefined
        ? window.setInterval(() => {
            if (!document.hidden) load();
          }, liveRefreshMs)
        : undefined;
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [api, box, pictureAtMs]);

  return state;
}
