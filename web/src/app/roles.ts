import type { Me } from '../api/types';

/**
 * Whether the user administers Concert (the host's role "administrator"; compared without case, so an identity
 * provider that writes "Administrator" does not hide the audit log from its administrators). The host enforces the
 * role on every audit request; this only decides what the navigation offers.
 */
export function isAdministrator(me: Me): boolean {
  return me.roles.some((role) => role.toLowerCase() === 'administrator');
}

/** Whether the user plans pooled operations (role "planner"): offers the pooling forms and the Plan button. */
export function isPlanner(me: Me): boolean {
  return me.roles.some((role) => role.toLowerCase() === 'planner');
}
