import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../api/ApiError';
import type { ConcertApi } from '../api/ConcertApi';
import type { GeoBox, Vessel } from '../api/types';
import { asApiError } from '../app/useAsync';
import { applyLiveChanges } from './liveVesselSet';
import type { LiveViewportFeed } from './LiveViewportFeed';

/** How often the live picture is asked again while the hub is unavailable and the map rests. */
export const liveRefreshMs = 5000;

/** How the vessels on screen reach the map. */
export type Delivery = 'pushed' | 'polled' | 'archive';

/** The vessels of the box and the time they describe; the last answer stays on screen while a newer one loads. */
export interface ViewportVessels {
  vessels: Vessel[] | undefined;
  /** The time the answer describes (epoch ms): the picture time, the hub's push time, or when the poll was made. */
  atMs: number;
  delivery: Delivery;
  error: ApiError | undefined;
}

type HubState = 'connecting' | 'connected' | 'unavailable';

/**
 * The vessels in `box`. Live, they are pushed by the host's hub, subscribed to the box; while the hub is unavailable
 * they are polled whenever the box changes and every few seconds (not while the page is hidden). At a past time
 * (`pictureAtMs`) they are the archive's picture, asked once per box. An answer for a box the map has left is
 * dropped, so a quick pan never shows an old box's vessels over the new one.
 */
export function useViewportVessels(api: ConcertApi, box: GeoBox | undefined, pictureAtMs: number | undefined): ViewportVessels {
  const [state, setState] = useState<ViewportVessels>({
    vessels: undefined,
    atMs: Date.now(),
    delivery: 'polled',
    error: undefined,
  });
  const [hub, setHub] = useState<HubState>('connecting');
  const feed = useRef<LiveViewportFeed | undefined>(undefined);
  const held = useRef(new Map<number, Vessel>());
  // Pushes count only while subscribed: after switching to a past time, a push already on its way is ignored.
  const subscribed = useRef(false);

  useEffect(() => {
    let unmounted = false;
    let connection: LiveViewportFeed | undefined;
    // The SignalR client is loaded with the map, not with the sign-in screen.
    void import('./LiveViewportFeed').then(({ LiveViewportFeed }) => {
      if (unmounted) return;
      connection = LiveViewportFeed.connect({
        snapshot: (atMs, vessels) => {
          if (!subscribed.current) return;
          held.current = new Map();
          setState({ vessels: applyLiveChanges(held.current, vessels, []), atMs, delivery: 'pushed', error: undefined });
        },
        changes: (atMs, updated, removed) => {
          if (!subscribed.current) return;
          setState({ vessels: applyLiveChanges(held.current, updated, removed), atMs, delivery: 'pushed', error: undefined });
        },
        availability: (available) => !unmounted && setHub(available ? 'connected' : 'unavailable'),
      });
      feed.current = connection;
    }, () => setHub('unavailable'));
    return () => {
      unmounted = true;
      feed.current = undefined;
      void connection?.stop();
    };
  }, []);

  useEffect(() => {
    if (box === undefined) return undefined;
    const live = feed.current;
    if (pictureAtMs === undefined && hub === 'connected' && live !== undefined) {
      subscribed.current = true;
      live.subscribe(box).catch(() => setHub('unavailable'));
      return () => {
        subscribed.current = false;
        void live.unsubscribe().catch(() => undefined);
      };
    }

    let current = true;
    // One request at a time: on a slow link an answer that takes longer than the refresh interval is still shown,
    // instead of being overtaken (and dropped) by the next poll again and again.
    let waiting = false;
    const load = () => {
      waiting = true;
      const atMs = pictureAtMs ?? Date.now();
      api.viewport(box, pictureAtMs === undefined ? undefined : new Date(pictureAtMs)).then(
        (vessels) => {
          waiting = false;
          if (current) setState({ vessels, atMs, delivery: pictureAtMs === undefined ? 'polled' : 'archive', error: undefined });
        },
        (failure: unknown) => {
          waiting = false;
          if (current) setState((previous) => ({ ...previous, error: asApiError(failure) }));
        },
      );
    };
    load();
    const timer =
      pictureAtMs === undefined
        ? window.setInterval(() => {
            if (!document.hidden && !waiting) load();
          }, liveRefreshMs)
        : undefined;
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [api, box, pictureAtMs, hub]);

  return state;
}
