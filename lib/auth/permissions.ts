// The one table of who may do what. Code asserts permissions by name; the UI may read it only to hide controls.
import { Role } from '@/lib/generated/prisma/enums';

export const ROLES = Object.values(Role);

const JOURNALIST = [
  'newsroom.view',
  'articles.view',
  'articles.create',
  'claims.view',
  'claims.edit',
  'claims.triage',
  'claims.match',
  'claims.work',
  'claims.propose',
  'sources.add',
  'sources.edit',
  'notes.add',
  'tokens.manage',
  'account.manage',
] as const;

const EDITOR = [
  ...JOURNALIST,
  'claims.assign',
  'claims.review',
  'claims.publish',
  'claims.bulk',
  'claims.export',
  'analytics.view',
  'monitoring.manage',
] as const;

const ADMIN = [
  ...EDITOR,
  'users.manage',
  'settings.manage',
  'ratings.manage',
  'data.backup',
  'jobs.view',
] as const;

export type Permission = (typeof ADMIN)[number];

export const PERMISSIONS: Record<Role, readonly Permission[]> = { JOURNALIST, EDITOR, ADMIN };

export const ROLE_LABELS: Record<Role, string> = {
  JOURNALIST: 'Journalist',
  EDITOR: 'Editor',
  ADMIN: 'Admin',
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? PERMISSIONS[role].includes(permission) : false;
}

/** "editors and admins": the roles holding a permission, for messages that say who may act. */
export function rolesWith(permission: Permission): string {
  return ROLES.filter((role) => can(role, permission))
    .map((role) => `${ROLE_LABELS[role].toLowerCase()}s`)
    .join(' and ');
}
