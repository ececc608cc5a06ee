/** Where a paged list stands: the page shown, its size, how many rows it had, and the total if the host counts. */
export interface PagePosition {
  page: number;
  pageSize: number;
  itemCount: number;
  total?: number | null;
}

/** The number of pages, or undefined when the host gave no total. */
export function pageCount(position: PagePosition): number | undefined {
  if (position.total === undefined || position.total === null) return undefined;
  return Math.max(1, Math.ceil(position.total / position.pageSize));
}

/** Whether a page follows: by the total when known, otherwise by a full page having come back. */
export function hasNextPage(position: PagePosition): boolean {
  const pages = pageCount(position);
  return pages === undefined ? position.itemCount === position.pageSize : position.page < pages;
}
