import type { Me } from '../api/types';
import { bannerStyle } from '../labels/classificationLevels';

/**
 * Who is signed in, readable across the room: name, nation (trigraph and name), clearance on its level's colour,
 * caveats, roles and communities. The nation is a trigraph badge rather than a flag image: trigraphs are what labels and
 * signals use, and they read the same on every screen.
 */
export function IdentityHeader({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const clearance = bannerStyle(me.clearance);
  return (
    <section class="identity" aria-label="Signed-in user">
      <span class="identity__name" data-testid="identity-name">
        {me.displayName}
      </span>
      <span class="identity__nation" data-testid="identity-nation" title={me.nation.name}>
        <span class="trigraph">{me.nation.code}</span> {me.nation.name}
      </span>
      <span
        class="identity__clearance"
        data-testid="identity-clearance"
        style={{ background: clearance.background, color: clearance.foreground }}
      >
        <span class="visually-hidden">Clearance: </span>
        {clearance.level ?? me.clearance}
      </span>
      {me.caveats.length > 0 && (
        <span class="identity__detail" data-testid="identity-caveats">
          <span class="identity__caption">Caveats</span> {me.caveats.join(', ')}
        </span>
      )}
      <span class="identity__detail" data-testid="identity-roles">
        <span class="identity__caption">Roles</span> {me.roles.join(', ') || 'none'}
      </span>
      <span class="identity__detail" data-testid="identity-communities">
        <span class="identity__caption">Communities</span>{' '}
        {me.communities.map((community) => community.name).join(', ') || 'none'}
      </span>
      <button type="button" class="button--secondary identity__sign-out" onClick={onSignOut}>
        Sign out
      </button>
    </section>
  );
}
