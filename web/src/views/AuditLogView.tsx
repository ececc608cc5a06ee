import { useEffect } from 'preact/hooks';
import type { ConcertApi } from '../api/ConcertApi';
import type { AuditEntry } from '../api/types';
import { tablePageSize } from '../app/pageSize';
import { routeHref } from '../app/routes';
import { useAsync } from '../app/useAsync';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager } from '../components/Pager';
import { formatZulu } from '../format/time';
import { bannerStyle } from '../labels/classificationLevels';
import { summarizeLabelXml, summaryMarking } from '../labels/labelXmlSummary';

/** The hash-chained audit log, newest first, for administrators (the host refuses everyone else). */
export function AuditLogView({
  api,
  before,
  onClassifications,
}: {
  api: ConcertApi;
  before: number | undefined;
  onClassifications: (classifications: string[]) => void;
}) {
  const loadable = useAsync(() => api.audit(tablePageSize, before), [before]);
  useEffect(() => {
    if (loadable.state !== 'ready') return;
    onClassifications(
      loadable.value.items.flatMap((entry) => (entry.label === null ? [] : [summarizeLabelXml(entry.label).classification])),
    );
  }, [loadable]);

  return (
    <>
      <h1 tabIndex={-1}>Audit log</h1>
      {loadable.state === 'loading' && <p aria-live="polite">Loading…</p>}
      {loadable.state === 'failed' && <ErrorNotice error={loadable.error} />}
      {loadable.state === 'ready' && (
        <>
          <AuditTable entries={loadable.value.items} />
          <Pager
            label="Audit log pages"
            {...(before === undefined ? {} : { newestHref: routeHref({ view: 'audit' }) })}
            {...(loadable.value.nextBefore === null
              ? {}
              : { olderHref: routeHref({ view: 'audit', before: loadable.value.nextBefore }) })}
          />
        </>
      )}
    </>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p>The audit log is empty.</p>;
  return (
    <table class="data-table data-table--rows" data-testid="audit-table">
      <thead>
        <tr>
          <th scope="col">Seq.</th>
          <th scope="col">Time (UTC)</th>
          <th scope="col">Event</th>
          <th scope="col">User</th>
          <th scope="col">Record label</th>
          <th scope="col">Details</th>
          <th scope="col">Hash</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.sequence}>
            <td class="number-cell">{entry.sequence}</td>
            <td class="time-cell">{formatZulu(entry.time, true)}</td>
            <td>{entry.kind}</td>
            <td>
              {entry.user ?? '—'}
              {entry.nation !== null && <span class="trigraph-cell"> {entry.nation}</span>}
              {entry.clearance !== null && <span class="caption-note"> {entry.clearance}</span>}
            </td>
            <td>{entry.label !== null && <AuditLabel xml={entry.label} />}</td>
            <td>
              {Object.entries(entry.details).map(([key, value]) => (
                <div key={key}>
                  <span class="caption-note">{key}:</span> {value}
                </div>
              ))}
            </td>
            <td class="hash-cell" title={entry.hash}>
              {entry.hash.slice(0, 8)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The label an entry is about, as a marking on its classification colour; the full XML on hover. */
function AuditLabel({ xml }: { xml: string }) {
  const summary = summarizeLabelXml(xml);
  const style = bannerStyle(summary.classification);
  return (
    <span class="label-marking" style={{ background: style.background, color: style.foreground }} title={xml}>
      {summaryMarking(summary) || style.text}
    </span>
  );
}
