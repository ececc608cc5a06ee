// The JSON shapes of Concert's HTTP API (src/Concert/Apis), version 1.

/** A nation by its ISO 3166 alpha-3 trigraph. */
export interface Nation {
  code: string;
  name: string;
}

/** The signed-in user, as GET /api/v1/me returns it. */
export interface Me {
  username: string;
  displayName: string;
  nation: Nation;
  clearance: string;
  roles: string[];
  communities: string[];
  mustChangePassword: boolean;
}

/** A dated membership of a nation in a community; `until` is absent while it lasts. */
export interface CommunityMember {
  nation: string;
  from: string;
  until?: string | null;
}

/** A community of nations (NATO, a partner group, ASEAN, …). */
export interface Community {
  id: string;
  name: string;
  members: CommunityMember[];
}

/** The confidentiality label of a record, summarised for display. */
export interface Label {
  classification: string;
  marking: string;
  releasableTo: string[];
  caveats: string[];
}

/** A bulletin in a list. */
export interface BulletinSummary {
  id: string;
  title: string;
  created: string;
  author: string;
  label: Label;
}

/** A bulletin with its text. */
export interface Bulletin extends BulletinSummary {
  body: string;
}

/** An entry of the hash-chained audit log. */
export interface AuditEntry {
  sequence: number;
  time: string;
  kind: string;
  actor: string;
  detail: string;
  labelMarking?: string | null;
}

/** One page of a list; `total` is absent when the host does not count. Pages are numbered from 1. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total?: number | null;
}

/** The antiforgery token the host issues for the current session. */
export interface AntiforgeryToken {
  token: string;
  headerName: string;
}
