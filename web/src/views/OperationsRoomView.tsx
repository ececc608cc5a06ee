import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/ApiError';
import type { ConcertApi } from '../api/ConcertApi';
import type { GeoBox, Vessel } from '../api/types';
import { useAsync } from '../app/useAsync';
import { ErrorNotice } from '../components/ErrorNotice';
import { LayersPanel } from '../map/LayersPanel';
import { PictureTime } from '../map/PictureTime';
import { shipCategory } from '../map/shipCategories';
import { positionAt, continuousLine } from '../map/trackInterpolation';
import { TrackTimeline } from '../map/TrackTimeline';
import { inBox, subscriptionBox } from '../map/subscriptionBox';
import { useOperationsMap } from '../map/useOperationsMap';
import { useViewportVessels } from '../map/useViewportVessels';
import { VesselDetails } from '../map/VesselDetails';
import { trackFixes, vesselFeatureCollection, vesselIconName } from '../map/vesselFeatures';
import { rememberIdentities, withKnownIdentities, type VesselIdentity } from '../map/vesselIdentity';
import { VesselSearch } from '../map/VesselSearch';
import '../map/operationsRoom.css';

/** How much of a selected vessel's past the timeline replays. */
const trackSpanMs = 24 * 60 * 60 * 1000;

/**
 * The operations room: the map of the vessels released to the user (live, or at a past time), search, layers, the
 * selected vessel's details and the replay of its track. The banner carries the highest label of the vessels shown.
 */
export function OperationsRoomView({
  api,
  onClassifications,
}: {
  api: ConcertApi;
  onClassifications: (classifications: string[]) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  // The visible box, and the larger one asked of the host (see subscriptionBox): a pan within it asks nothing again.
  const [box, setBox] = useState<GeoBox | undefined>(undefined);
  const [asked, setAsked] = useState<GeoBox | undefined>(undefined);
  // Whether the camera moves, how many times it has come to rest, and how many flights to a chosen vessel have ended:
  // the browser tests wait on these before clicking.
  const [camera, setCamera] = useState({ moving: false, rests: 0 });
  const [flights, setFlights] = useState(0);
  const [pictureAtMs, setPictureAtMs] = useState<number | undefined>(undefined);
  const [selected, setSelected] = useState<Vessel | undefined>(undefined);
  const [zonesVisible, setZonesVisible] = useState(false);
  const [replayMs, setReplayMs] = useState<number | undefined>(undefined);

  const mapState = useOperationsMap(container, {
    moved: (visible) => {
      setBox(visible);
      setAsked((previous) => subscriptionBox(visible, previous));
    },
    cameraMoving: (moving) => setCamera((previous) => ({ moving, rests: previous.rests + (moving ? 0 : 1) })),
    vesselClicked: (mmsi) => {
      const vessel = viewport.vessels?.find((candidate) => candidate.mmsi === mmsi);
      if (vessel !== undefined) setSelected(vessel);
    },
  });
  const map = mapState.state === 'ready' ? mapState.map : undefined;
  const answer = useViewportVessels(api, asked, pictureAtMs);
  // Archived positions carry no name or type: those the live picture showed this session fill them in.
  const identities = useRef(new Map<number, VesselIdentity>());
  const viewport = useMemo(() => {
    if (answer.vessels === undefined) return answer;
    if (answer.delivery !== 'archive') {
      rememberIdentities(identities.current, answer.vessels);
      return answer;
    }
    return { ...answer, vessels: withKnownIdentities(identities.current, answer.vessels) };
  }, [answer]);

  // The selected vessel as the latest answer shows it (it moves on), else as it was when chosen.
  const shown = useMemo(
    () => (selected === undefined ? undefined : (viewport.vessels?.find((vessel) => vessel.mmsi === selected.mmsi) ?? selected)),
    [selected, viewport.vessels],
  );
  const mmsi = selected?.mmsi;
  const identity = useAsync(() => (mmsi === undefined ? Promise.resolve(undefined) : api.vessel(mmsi)), [mmsi]);
  const track = useAsync(async () => {
    if (mmsi === undefined) return undefined;
    const to = pictureAtMs ?? Date.now();
    try {
      return trackFixes(await api.track(mmsi, new Date(to - trackSpanMs), new Date(to)));
    } catch (failure) {
      // The host answers 404 for a vessel with no archived position in the span: an empty track, not a fault.
      if (failure instanceof ApiError && failure.status === 404) return [];
      throw failure;
    }
  }, [mmsi, pictureAtMs]);
  const fixes = track.state === 'ready' ? track.value : undefined;
  const replayPosition = fixes === undefined || replayMs === undefined ? undefined : positionAt(fixes, replayMs);

  useEffect(() => {
    map?.setVessels(vesselFeatureCollection(viewport.vessels ?? [], viewport.atMs));
  }, [map, viewport.vessels, viewport.atMs]);

  useEffect(() => {
    const classifications = new Set<string>();
    for (const vessel of viewport.vessels ?? []) classifications.add(vessel.label.classification);
    if (shown !== undefined) classifications.add(shown.label.classification);
    onClassifications([...classifications]);
  }, [viewport.vessels, shown]);

  useEffect(() => map?.setSelected(mmsi), [map, mmsi]);
  useEffect(() => {
    map?.setTrack(fixes === undefined ? undefined : continuousLine(fixes));
    setReplayMs(fixes?.[fixes.length - 1]?.timeMs);
  }, [map, fixes]);
  useEffect(() => {
    map?.setReplay(
      replayPosition === undefined || shown === undefined
        ? undefined
        : {
            longitude: replayPosition.longitude,
            latitude: replayPosition.latitude,
            icon: vesselIconName(shipCategory(shown.shipTypeCode), replayPosition.bearing !== null, 'fresh'),
            rotation: replayPosition.bearing ?? 0,
          },
    );
  }, [map, replayPosition?.latitude, replayPosition?.longitude, replayPosition?.bearing, shown?.shipTypeCode]);
  useEffect(() => map?.setZonesVisible(zonesVisible), [map, zonesVisible]);

  function choose(vessel: Vessel) {
    setSelected(vessel);
    map?.flyTo(vessel.longitude, vessel.latitude).then(() => setFlights((count) => count + 1));
  }

  const count = useMemo(
    () => (box === undefined ? undefined : viewport.vessels?.reduce((inView, vessel) => inView + (inBox(box, vessel.longitude, vessel.latitude) ? 1 : 0), 0)),
    [box, viewport.vessels],
  );
  return (
    <div class="operations-room">
      <div class="operations-room__toolbar">
        <h1 tabIndex={-1}>Operations room</h1>
        <span class="vessel-count" data-testid="vessel-count">
          {count === undefined ? 'Loading vessels…' : `${count.toLocaleString('en-GB')} vessel${count === 1 ? '' : 's'} in view`}
        </span>
        <PictureTime atMs={pictureAtMs} delivery={viewport.delivery} onAt={setPictureAtMs} />
      </div>
      <div
        class="operations-room__map"
        ref={container}
        role="region"
        aria-label="Map of vessels"
        data-camera={camera.moving ? 'moving' : 'idle'}
        data-camera-moves={camera.rests}
        data-flights={flights}
        data-map={mapState.state}
      >
        {mapState.state === 'failed' && (
          <p class="error-notice" role="alert">
            The map cannot be drawn in this browser ({mapState.reason}). Search and details still work.
          </p>
        )}
      </div>
      <aside class="operations-room__side" aria-label="Vessel tools">
        {viewport.error !== undefined && <ErrorNotice error={viewport.error} />}
        {shown !== undefined && (
          <VesselDetails
            vessel={shown}
            identity={identity.state === 'ready' ? identity.value : undefined}
            atMs={viewport.atMs}
            onClose={() => setSelected(undefined)}
          />
        )}
        <VesselSearch api={api} onChoose={choose} />
        <LayersPanel zonesVisible={zonesVisible} onZonesVisible={setZonesVisible} />
      </aside>
      <div class="operations-room__timeline">
        {selected === undefined && <p class="timeline__hint">Select a vessel to replay its track.</p>}
        {selected !== undefined && track.state === 'loading' && <p aria-live="polite">Loading the track…</p>}
        {selected !== undefined && track.state === 'failed' && <ErrorNotice error={track.error} />}
        {fixes?.length === 0 && <p class="timeline__hint">No archived position of this vessel in the last 24 hours.</p>}
        {fixes !== undefined && replayMs !== undefined && (
          <TrackTimeline
            track={fixes}
            timeMs={replayMs}
            position={replayPosition}
            onTime={setReplayMs}
            onWholePicture={setPictureAtMs}
          />
        )}
      </div>
    </div>
  );
}
