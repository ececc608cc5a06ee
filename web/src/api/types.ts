// The JSON shapes of Concert's HTTP API, version 1 (src/Concert/Apis/Contracts on the host).

/** A nation by its ISO 3166 alpha-3 trigraph. */
export interface Nation {
  code: string;
  name: string;
}

/** A community the user belongs to, and whether through their nation's membership or personally. */
export interface MyCommunity {
  identifier: string;
  name: string;
  through: string;
}

/** The signed-in user, as GET /api/v1/me returns it. */
export interface Me {
  username: string;
  displayName: string;
  nation: Nation;
  clearance: string;
  roles: string[];
  communities: MyCommunity[];
  caveats: string[];
  /** Set when the session may do nothing but change its password; sign-in says the same. */
  mustChangePassword?: boolean;
}

/** What POST /api/v1/auth/login answers: the session's antiforgery token, and whether the password must change. */
export interface SignInResult {
  username: string;
  mustChangePassword: boolean;
  antiforgery: AntiforgeryToken;
}

/** A dated membership of a nation in a community; `until` is null while it lasts. Dates are ISO days. */
export interface Membership {
  nation: string;
  from: string;
  until: string | null;
}

/** A community of nations (NATO, a partner group, ASEAN, …) with its membership history and today's members. */
export interface Community {
  identifier: string;
  name: string;
  memberships: Membership[];
  membersNow: string[];
}

/** The confidentiality label of a record. */
export interface Label {
  /** The whole marking, as a banner or a document header writes it. */
  marking: string;
  policy: string;
  classification: string;
  releasableToNations: string[];
  releasableToCommunities: string[];
  caveats: string[];
  /** The label as STANAG 4774 XML. */
  stanag4774Xml: string;
}

/** A bulletin. */
export interface Bulletin {
  id: number;
  title: string;
  body: string;
  created: string;
  author: string;
  label: Label;
}

/** An entry of the hash-chained audit log. */
export interface AuditEntry {
  sequence: number;
  time: string;
  kind: string;
  user: string | null;
  nation: string | null;
  clearance: string | null;
  /** The label the entry is about, as STANAG 4774 XML, if any. */
  label: string | null;
  policyVersion: string;
  details: Record<string, string>;
  hash: string;
}

/** A page of a list, newest first; `nextBefore` is the cursor of the next older page, null on the last page. */
export interface Page<T> {
  items: T[];
  nextBefore: number | null;
}

/** The antiforgery token of the session and the header to send it in. */
export interface AntiforgeryToken {
  headerName: string;
  token: string;
}
