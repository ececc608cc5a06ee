import { useEffect } from 'preact/hooks';
import type { ConcertApi } from '../api/ConcertApi';
import type { Bulletin } from '../api/types';
import { tablePageSize } from '../app/pageSize';
import { routeHref } from '../app/routes';
import { useAsync } from '../app/useAsync';
import { ErrorNotice } from '../components/ErrorNotice';
import { LabelMarking } from '../components/LabelMarking';
import { Pager } from '../components/Pager';
import { formatZulu } from '../format/time';

/** The bulletins released to the user, newest first, a page at a time, each with its marking. */
export function BulletinsView({
  api,
  before,
  onClassifications,
}: {
  api: ConcertApi;
  before: number | undefined;
  onClassifications: (classifications: string[]) => void;
}) {
  const loadable = useAsync(() => api.bulletins(tablePageSize, before), [before]);
  useEffect(() => {
    if (loadable.state === 'ready') onClassifications(loadable.value.items.map((item) => item.label.classification));
  }, [loadable]);

  return (
    <>
      <h1 tabIndex={-1}>Bulletins</h1>
      {loadable.state === 'loading' && <p aria-live="polite">Loading…</p>}
      {loadable.state === 'failed' && <ErrorNotice error={loadable.error} />}
      {loadable.state === 'ready' && (
        <>
          <BulletinTable bulletins={loadable.value.items} />
          <Pager
            label="Bulletin pages"
            {...(before === undefined ? {} : { newestHref: routeHref({ view: 'bulletins' }) })}
            {...(loadable.value.nextBefore === null
              ? {}
              : { olderHref: routeHref({ view: 'bulletins', before: loadable.value.nextBefore }) })}
          />
        </>
      )}
    </>
  );
}

function BulletinTable({ bulletins }: { bulletins: Bulletin[] }) {
  if (bulletins.length === 0) return <p>No bulletins are released to you.</p>;
  return (
    <table class="data-table data-table--rows" data-testid="bulletins-table">
      <thead>
        <tr>
          <th scope="col">Marking</th>
          <th scope="col">Title</th>
          <th scope="col">Author</th>
          <th scope="col">Created (UTC)</th>
        </tr>
      </thead>
      <tbody>
        {bulletins.map((bulletin) => (
          <tr key={bulletin.id}>
            <td>
              <LabelMarking label={bulletin.label} />
            </td>
            <td>
              <a href={routeHref({ view: 'bulletin', id: bulletin.id })}>{bulletin.title}</a>
            </td>
            <td>{bulletin.author}</td>
            <td class="time-cell">{formatZulu(bulletin.created)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
