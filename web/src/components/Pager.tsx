/**
 * The links under a list paged by cursor: back to the newest page, and on to the older one when the host said there
 * is one. Newer pages in between are the browser's Back button, as the cursor only runs one way. A list that fits
 * on one page gets no pager.
 */
export function Pager({ label, newestHref, olderHref }: { label: string; newestHref?: string; olderHref?: string }) {
  if (newestHref === undefined && olderHref === undefined) return null;
  return (
    <nav class="pager" aria-label={label}>
      {newestHref !== undefined ? <a href={newestHref}>⇤ Newest</a> : <span class="pager__disabled">Newest page</span>}
      {olderHref !== undefined ? (
        <a href={olderHref} rel="next">
          Older →
        </a>
      ) : (
        <span class="pager__disabled">No older entries</span>
      )}
    </nav>
  );
}
