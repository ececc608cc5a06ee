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

/** A vessel as the live picture (`source` "picture") or the archive at a past time (`source` "archive") knows it. */
export interface Vessel {
  mmsi: number;
  name: string | null;
  callSign: string | null;
  imo: number | null;
  /** The ship type in the ITU's words ("Tanker - all ships of this type"). */
  shipType: string | null;
  /** The ship and cargo type code (0..99) the map colours by. */
  shipTypeCode: number | null;
  /** The ISO 3166 alpha-3 code of the flag the MMSI claims. */
  flag: string | null;
  flagName: string | null;
  latitude: number;
  longitude: number;
  speedKnots: number | null;
  courseDegrees: number | null;
  headingDegrees: number | null;
  /** When the position was received (ISO 8601). */
  time: string;
  /** "Live", "Stale" or "Lost" at the asked time (live picture only). */
  staleness: string | null;
  source: 'picture' | 'archive';
  /** The AIS message type of the position (0 for a CSV import). */
  messageType: number;
  /** The receiving station the feed named (live picture only). */
  receiver: string | null;
  /** How many receivers heard the position's message (archive only). */
  receivers: number | null;
  /** The destination the crew declared (type 5); only in one vessel's details. */
  destination?: string | null;
  /** The declared ETA as "MM-DDTHH:MMZ" (AIS sends no year); only in one vessel's details. */
  eta?: string | null;
  /** The declared present static draught in metres; only in one vessel's details. */
  draughtMetres?: number | null;
  label: Label;
}

/** A vessel of a list that sends each distinct label once: its label is `labels[labelIndex]` of that list. */
export type ListedVessel = Omit<Vessel, 'label'> & { labelIndex: number };

/** The vessels of a viewport (REST `/maritime/viewport`) with each distinct label sent once. */
export interface VesselList {
  labels: Label[];
  vessels: ListedVessel[];
}

/** One archived position of a vessel's track. */
export interface TrackPoint {
  time: string;
  latitude: number;
  longitude: number;
  speedKnots: number | null;
  courseDegrees: number | null;
  headingDegrees: number | null;
}

/** A box of the map in degrees; `west` exceeds `east` when it crosses the antimeridian. */
export interface GeoBox {
  west: number;
  south: number;
  east: number;
  north: number;
}
