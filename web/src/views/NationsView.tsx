import type { ConcertApi } from '../api/ConcertApi';
import type { Community, Nation } from '../api/types';
import { useAsync } from '../app/useAsync';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDay } from '../format/time';

/** The nations Concert knows and the communities they belong to, with the dates of each membership. */
export function NationsView({ api }: { api: ConcertApi }) {
  const loadable = useAsync(() => Promise.all([api.nations(), api.communities()]), []);
  return (
    <>
      <h1 tabIndex={-1}>Nations &amp; communities</h1>
      {loadable.state === 'loading' && <p aria-live="polite">Loading…</p>}
      {loadable.state === 'failed' && <ErrorNotice error={loadable.error} />}
      {loadable.state === 'ready' && <NationsAndCommunities nations={loadable.value[0]} communities={loadable.value[1]} />}
    </>
  );
}

function NationsAndCommunities({ nations, communities }: { nations: Nation[]; communities: Community[] }) {
  const nationName = new Map(nations.map((nation) => [nation.code, nation.name]));
  return (
    <div class="two-columns">
      <div class="stack" data-testid="communities">
        {communities.map((community) => (
          <table class="data-table data-table--rows" key={community.identifier}>
            <caption>
              {community.name} <span class="caption-note">({community.membersNow.length} members today)</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Nation</th>
                <th scope="col">Member from</th>
                <th scope="col">Until</th>
              </tr>
            </thead>
            <tbody>
              {community.memberships.map((membership) => (
                <tr key={`${membership.nation}-${membership.from}`}>
                  <td>
                    <span class="trigraph-cell">{membership.nation}</span> {nationName.get(membership.nation) ?? ''}
                  </td>
                  <td class="time-cell">{formatDay(membership.from)}</td>
                  <td class="time-cell">{membership.until === null ? '—' : formatDay(membership.until)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <table class="data-table data-table--rows" data-testid="nations-table">
        <caption>Nations ({nations.length})</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Name</th>
          </tr>
        </thead>
        <tbody>
          {nations.map((nation) => (
            <tr key={nation.code}>
              <td class="trigraph-cell">{nation.code}</td>
              <td>{nation.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
