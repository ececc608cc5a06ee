import type { Me } from '../api/types';

/**
 * Whether the user administers Concert. The host writes role names in its own case ("Administrator"); the check
 * ignores case so a host that sends "administrator" does not hide the audit log from its administrators.
 * The host enforces the role on every audit request; this only decides what the navigation offers.
 */
export function isAdministrator(me: Me): boolean {
  return me.roles.some((role) => role.toLowerCase() === 'administrator');
}
