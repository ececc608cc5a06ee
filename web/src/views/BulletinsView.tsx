import { useEffect } from 'preact/hooks';
import type { ConcertApi } from '../api/ConcertApi';
import type { BulletinSummary } from '../api/types';
import { tablePageSize } from '../app/pageSize';
import { routeHref } from '../app/routes';
import { useAsync } from '../app/useAsync';
import { ErrorNotice } from '../components/ErrorNotice';
import { LabelMarking } from '../components/LabelMarking';
import { Pager } from '../components/Pager';
import { formatZulu } from '../format/time';

/** The bulletins the user may read, newest first, a page at a time, each with its marking. */
export function BulletinsView({
  api,
  page,
  onClassifications,
}: {
  api: ConcertApi;
  page: number;
  onClassifications: (classifications: string[]) => void;
}) {
  const loadable = useAsync(() => api.bulletins(page, tablePageSize), [page]);
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
            position={{ ...loadable.value, itemCount: loadable.value.items.length }}
            href={(target) => routeHref({ view: 'bulletins', page: target })}
          />
        </>
      )}
    </>
  );
}

function BulletinTable({ bulletins }: { bulletins: BulletinSummary[] }) {
  if (bulletins.length === 0) return <p>No bulletins you may read.</p>;
  return (
    <table class="data-table data-table--rows" data-testid="bulletins-table">
      <thead>
        <tr>
          <th scope="col">Marking</th>
          <th scope="col">Title</th>
          <th scope="col">Author</th>
          <th scope="col">Created</th>
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
