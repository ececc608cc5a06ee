import { useEffect } from 'preact/hooks';
import type { ConcertApi } from '../api/ConcertApi';
import type { AuditEntry } from '../api/types';
import { tablePageSize } from '../app/pageSize';
import { routeHref } from '../app/routes';
import { useAsync } from '../app/useAsync';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager } from '../components/Pager';
import { formatZulu } from '../format/time';

/** The hash-chained audit log, newest first, for administrators (the host refuses everyone else). */
export function AuditLogView({
  api,
  page,
  onClassifications,
}: {
  api: ConcertApi;
  page: number;
  onClassifications: (classifications: string[]) => void;
}) {
  const loadable = useAsync(() => api.audit(page, tablePageSize), [page]);
  useEffect(() => {
    if (loadable.state !== 'ready') return;
    onClassifications(loadable.value.items.flatMap((entry) => (entry.labelMarking ? [entry.labelMarking] : [])));
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
            position={{ ...loadable.value, itemCount: loadable.value.items.length }}
            href={(target) => routeHref({ view: 'audit', page: target })}
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
          <th scope="col">Actor</th>
          <th scope="col">Detail</th>
          <th scope="col">Record marking</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.sequence}>
            <td class="number-cell">{entry.sequence}</td>
            <td class="time-cell">{formatZulu(entry.time, true)}</td>
            <td>{entry.kind}</td>
            <td>{entry.actor}</td>
            <td>{entry.detail}</td>
            <td>{entry.labelMarking ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
