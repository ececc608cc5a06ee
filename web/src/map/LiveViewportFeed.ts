import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import type { GeoBox, Label, ListedVessel, Vessel } from '../api/types';
import { withLabels } from '../api/vesselLabels';

/** What the hub sends once after each subscription: every released vessel in the box (docs/maritime-live.md). */
interface ViewportSnapshot {
  at: string;
  labels: Label[];
  vessels: ListedVessel[];
}

/** What the hub sends at most once a second after the snapshot: changed vessels and MMSIs to drop. */
interface ViewportChanges {
  at: string;
  /** The labels of `updated`, each once; indexes are this message's own. */
  labels: Label[];
  updated: ListedVessel[];
  removed: number[];
  dropped: number;
}

/** What the feed tells the map. */
export interface LiveViewportListener {
  snapshot(atMs: number, vessels: Vessel[]): void;
  changes(atMs: number, updated: Vessel[], removed: number[]): void;
  /** The hub can (true) or cannot (false) be used now; while it cannot, the map polls the REST viewport instead. */
  availability(available: boolean): void;
}

/**
 * The live picture pushed by the host's SignalR hub `/hubs/maritime`, subscribed by viewport. The session cookie
 * authenticates it as it does the REST API. A host without the hub, a refused connection or a dropped one is reported
 * as unavailable, and the map falls back to polling; SignalR's automatic reconnect brings the hub back when it can.
 */
export class LiveViewportFeed {
  readonly #connection: HubConnection;
  readonly #started: Promise<void>;

  private constructor(connection: HubConnection, listener: LiveViewportListener) {
    this.#connection = connection;
    connection.on('snapshot', (snapshot: ViewportSnapshot) =>
      listener.snapshot(Date.parse(snapshot.at), withLabels(snapshot.labels, snapshot.vessels)),
    );
    connection.on('changes', (changes: ViewportChanges) =>
      listener.changes(Date.parse(changes.at), withLabels(changes.labels, changes.updated), changes.removed),
    );
    connection.onreconnecting(() => listener.availability(false));
    connection.onreconnected(() => listener.availability(true));
    connection.onclose(() => listener.availability(false));
    this.#started = connection.start().then(
      () => listener.availability(true),
      () => listener.availability(false),
    );
  }

  /** Connects to the hub; the listener hears whether it can be used. */
  static connect(listener: LiveViewportListener): LiveViewportFeed {
    const connection = new HubConnectionBuilder()
      .withUrl('/hubs/maritime')
      .withAutomaticReconnect()
      // A host without the hub is an expected case with a fallback, not an error for the browser console.
      .configureLogging(LogLevel.None)
      .build();
    return new LiveViewportFeed(connection, listener);
  }

  /** Replaces the subscription by `box`; the hub answers with a snapshot, then changes. */
  subscribe(box: GeoBox): Promise<void> {
    return this.#connection.invoke('Subscribe', box);
  }

  /** Stops the pushes, as when the map shows a past time. */
  async unsubscribe(): Promise<void> {
    if (this.#connection.state === HubConnectionState.Connected) await this.#connection.invoke('Unsubscribe');
  }

  /** Closes the connection. */
  async stop(): Promise<void> {
    await this.#started;
    await this.#connection.stop();
  }
}
