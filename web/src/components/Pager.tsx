import { hasNextPage, pageCount, type PagePosition } from '../app/paging';

/** Previous/next links under a paged table. */
export function Pager({ position, href, label }: { position: PagePosition; href: (page: number) => string; label: string }) {
  const pages = pageCount(position);
  return (
    <nav class="pager" aria-label={label}>
      {position.page > 1 ? (
        <a href={href(position.page - 1)} rel="prev">
          ← Newer
        </a>
      ) : (
        <span class="pager__disabled" aria-hidden="true">← Newer</span>
      )}
      <span class="pager__position">
        Page {position.page}
        {pages !== undefined && ` of ${pages}`}
      </span>
      {hasNextPage(position) ? (
        <a href={href(position.page + 1)} rel="next">
          Older →
        </a>
      ) : (
        <span class="pager__disabled" aria-hidden="true">Older →</span>
      )}
    </nav>
  );
}
