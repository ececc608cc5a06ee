/** Rows per page of the paged tables: what fits on a 1280×800 screen under the header without scrolling. */
export const tablePageSize = 20;
