import type { Vessel } from '../api/types';
import { LabelMarking } from '../components/LabelMarking';
import { formatZulu } from '../format/time';
import { shipCategory, shipCategoryStyle } from './shipCategories';
import { formatAge, stalenessAt } from './staleness';

const stalenessText = { fresh: 'current', stale: 'stale (over 1 h)', lost: 'lost (over 6 h)' } as const;

/**
 * The selected vessel: identity, flag, type, motion, the age of its last report at the time shown, where the report
 * came from, and its marking. `identity` is the live picture's record of the same vessel, which fills the name and
 * registration when `vessel` is an archived position (those carry no static data), and alone carries the declared voyage.
 */
export function VesselDetails({
  vessel,
  identity,
  atMs,
  onClose,
}: {
  vessel: Vessel;
  identity: Vessel | undefined;
  atMs: number;
  onClose: () => void;
}) {
  const name = vessel.name ?? identity?.name ?? null;
  const typeCode = vessel.shipTypeCode ?? identity?.shipTypeCode ?? null;
  const category = shipCategoryStyle[shipCategory(typeCode)];
  const reported = Date.parse(vessel.time);
  return (
    <section class="map-panel vessel-details" aria-labelledby="vessel-details-name" data-testid="vessel-details">
      <header class="vessel-details__header">
        <h2 id="vessel-details-name">{name ?? 'Name not reported'}</h2>
        <button type="button" class="button--secondary" onClick={onClose}>
          Close
        </button>
      </header>
      <LabelMarking label={vessel.label} />
      <dl class="facts facts--compact">
        <dt>MMSI</dt>
        <dd data-testid="vessel-mmsi">{vessel.mmsi}</dd>
        <dt>IMO</dt>
        <dd>{vessel.imo ?? identity?.imo ?? '—'}</dd>
        <dt>Call sign</dt>
        <dd>{vessel.callSign ?? identity?.callSign ?? '—'}</dd>
        <dt>Flag</dt>
        <dd>
          {vessel.flag === null ? (
            '—'
          ) : (
            <>
              <span class="trigraph">{vessel.flag}</span> {vessel.flagName}
            </>
          )}
        </dd>
        <dt>Type</dt>
        <dd>
          <span class="legend-swatch" style={{ background: category.colour }} aria-hidden="true" />
          {vessel.shipType ?? identity?.shipType ?? category.text}
        </dd>
        <dt>Speed</dt>
        <dd>{vessel.speedKnots === null ? '—' : `${vessel.speedKnots.toFixed(1)} kn`}</dd>
        <dt>Course</dt>
        <dd>{vessel.courseDegrees === null ? '—' : `${vessel.courseDegrees.toFixed(1)}°`}</dd>
        <dt>Heading</dt>
        <dd>{vessel.headingDegrees === null ? '—' : `${vessel.headingDegrees}°`}</dd>
        <dt>Destination</dt>
        <dd>{identity?.destination ?? '—'}</dd>
        <dt>ETA</dt>
        <dd>{identity?.eta ?? '—'}</dd>
        <dt>Draught</dt>
        <dd>{identity?.draughtMetres == null ? '—' : `${identity.draughtMetres.toFixed(1)} m`}</dd>
        <dt>Position</dt>
        <dd>{formatPosition(vessel.latitude, vessel.longitude)}</dd>
        <dt>Last report</dt>
        <dd data-testid="vessel-age">
          {formatZulu(vessel.time, true)}, {formatAge(atMs - reported)} before, {stalenessText[stalenessAt(reported, atMs)]}
        </dd>
        <dt>Source</dt>
        <dd>{provenance(vessel)}</dd>
      </dl>
    </section>
  );
}

/** "01°15.20'N 103°50.75'E": degrees and decimal minutes, as charts and AIS displays write positions. */
export function formatPosition(latitude: number, longitude: number): string {
  return `${degreesMinutes(latitude, 2, latitude >= 0 ? 'N' : 'S')} ${degreesMinutes(longitude, 3, longitude >= 0 ? 'E' : 'W')}`;
}

function degreesMinutes(value: number, width: number, hemisphere: string): string {
  const hundredthsOfMinute = Math.round(Math.abs(value) * 6000);
  const degrees = Math.floor(hundredthsOfMinute / 6000);
  const minutes = (hundredthsOfMinute % 6000) / 100;
  return `${String(degrees).padStart(width, '0')}°${minutes.toFixed(2).padStart(5, '0')}'${hemisphere}`;
}

function provenance(vessel: Vessel): string {
  const message = vessel.messageType === 0 ? 'CSV import' : `AIS message ${vessel.messageType}`;
  if (vessel.source === 'archive') {
    const receivers = vessel.receivers ?? 1;
    return `${message}, archive, heard by ${receivers} receiver${receivers === 1 ? '' : 's'}`;
  }
  return `${message}, live picture, ${vessel.receiver === null ? 'receiver not named by the feed' : `receiver ${vessel.receiver}`}`;
}
