import { describe, expect, it } from 'vitest';
import { backoffSeconds } from '@/lib/auth/backoff';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { can, rolesWith, type Permission } from '@/lib/auth/permissions';
import { Role } from '@/lib/generated/prisma/enums';

// Who may do what, as README.md states it, written out rather than read from the table under test.
// A Record over Permission: a permission added to lib/auth/permissions.ts must be given its holders here.
const EVERYONE = ['JOURNALIST', 'EDITOR', 'ADMIN'] as const;
const EDITORS = ['EDITOR', 'ADMIN'] as const;
const ADMINS = ['ADMIN'] as const;
const HOLDERS: Record<Permission, readonly Role[]> = {
  'newsroom.view': EVERYONE,
  'articles.view': EVERYONE,
  'articles.create': EVERYONE, // import articles
  'claims.view': EVERYONE,
  'claims.edit': EVERYONE,
  'claims.triage': EVERYONE,
  'claims.match': EVERYONE, // confirm or reject "seen before" matches
  'claims.work': EVERYONE, // source and verify
  'claims.propose': EVERYONE, // propose verdicts
  'sources.add': EVERYONE,
  'sources.edit': EVERYONE,
  'notes.add': EVERYONE,
  'tokens.manage': EVERYONE,
  'account.manage': EVERYONE, // own password and sessions
  'claims.assign': EDITORS,
  'claims.review': EDITORS, // review and approve verdicts
  'claims.publish': EDITORS,
  'claims.bulk': EDITORS,
  'claims.export': EDITORS, // export the queue as CSV / JSON
  'analytics.view': EDITORS, // the desk's dashboard
  'users.manage': ADMINS,
  'settings.manage': ADMINS,
  'data.backup': ADMINS, // full backup of the newsroom's data
  'monitoring.manage': EDITORS, // sources to watch, speaker watch list
  'ratings.manage': ADMINS, // the rating scale
  'jobs.view': ADMINS, // background job health
};

describe('permissions table', () => {
  for (const [permission, holders] of Object.entries(HOLDERS) as [Permission, Role[]][]) {
    for (const role of Object.values(Role)) {
      const expected = holders.includes(role);
      it(`${role} ${expected ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(role, permission)).toBe(expected);
      });
    }
    it(`nobody signed out may ${permission}`, () => expect(can(null, permission)).toBe(false));
  }

  it('names the holders in refusals', () => {
    expect(rolesWith('claims.publish')).toBe('editors and admins');
    expect(rolesWith('users.manage')).toBe('admins');
  });
});

describe('sign-in back-off', () => {
  it('starts after the free failures, doubles, and is capped', () => {
    expect(backoffSeconds('account', 5)).toBe(0);
    expect(backoffSeconds('account', 6)).toBe(1);
    expect(backoffSeconds('account', 7)).toBe(2);
    expect(backoffSeconds('account', 10)).toBe(16);
    expect(backoffSeconds('account', 60)).toBe(900);
    expect(backoffSeconds('address', 20)).toBe(0);
  });
});

describe('callback URL after sign-in', () => {
  it.each([
    [undefined, '/newsroom'],
    ['/newsroom/articles', '/newsroom/articles'],
    ['https://evil.example/', '/newsroom'],
    ['//evil.example', '/newsroom'],
    ['/\\evil.example', '/newsroom'],
    ['/\t/evil.example', '/newsroom'],
    ['/a\u0000b', '/newsroom'],
    [['/a', '/b'], '/newsroom'],
    [42, '/newsroom'],
    ['/claims/x?y=1#z', '/claims/x?y=1#z'],
  ])('%s -> %s', (input, expected) => expect(safeCallbackUrl(input)).toBe(expected));
});
