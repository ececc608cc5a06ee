import { useEffect } from 'preact/hooks';
import type { ConcertApi } from '../api/ConcertApi';
import type { Bulletin } from '../api/types';
import { routeHref } from '../app/routes';
import { useAsync } from '../app/useAsync';
import { ErrorNotice } from '../components/ErrorNotice';
import { LabelMarking } from '../components/LabelMarking';
import { formatZulu } from '../format/time';

/** One bulletin: its marking above and below the text, as a marked document carries it, and its label in full. */
export function BulletinDetailView({
  api,
  id,
  onClassifications,
}: {
  api: ConcertApi;
  id: number;
  onClassifications: (classifications: string[]) => void;
}) {
  const loadable = useAsync(() => api.bulletin(id), [id]);
  useEffect(() => {
    if (loadable.state === 'ready') onClassifications([loadable.value.label.classification]);
  }, [loadable]);

  return (
    <>
      <p>
        <a href={routeHref({ view: 'bulletins' })}>← All bulletins</a>
      </p>
      {loadable.state === 'loading' && <p aria-live="polite">Loading…</p>}
      {loadable.state === 'failed' && (
        <>
          <h1 tabIndex={-1}>Bulletin {id}</h1>
          <ErrorNotice error={loadable.error} />
        </>
      )}
      {loadable.state === 'ready' && <BulletinArticle bulletin={loadable.value} />}
    </>
  );
}

function BulletinArticle({ bulletin }: { bulletin: Bulletin }) {
  const { label } = bulletin;
  const releasableTo = [...label.releasableToNations, ...label.releasableToCommunities];
  return (
    <article class="bulletin" data-testid="bulletin-detail">
      <LabelMarking label={label} />
      <h1 tabIndex={-1}>{bulletin.title}</h1>
      <dl class="facts">
        <dt>Author</dt>
        <dd>{bulletin.author}</dd>
        <dt>Created</dt>
        <dd class="time-cell">{formatZulu(bulletin.created)}</dd>
        <dt>Policy</dt>
        <dd>{label.policy}</dd>
        <dt>Releasable to</dt>
        <dd>{releasableTo.length > 0 ? releasableTo.join(', ') : 'no nation or community named'}</dd>
        <dt>Caveats</dt>
        <dd>{label.caveats.length > 0 ? label.caveats.join(', ') : 'none'}</dd>
      </dl>
      <div class="bulletin__body">{bulletin.body}</div>
      <LabelMarking label={label} />
      <details class="label-xml">
        <summary>Label as STANAG 4774 XML</summary>
        <pre>{label.stanag4774Xml}</pre>
      </details>
    </article>
  );
}
