import { describe, expect, it } from 'vitest';
import { backoffSeconds } from '@/lib/auth/backoff';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { can, PERMISSIONS } from '@/lib/auth/permissions';

describe('permissions table', () => {
  it('gives each role everything the role below it has', () => {
    for (const permission of PERMISSIONS.JOURNALIST)
      expect(PERMISSIONS.EDITOR).toContain(permission);
    for (const permission of PERMISSIONS.EDITOR) expect(PERMISSIONS.ADMIN).toContain(permission);
  });

  it('keeps publishing with editors and user management with admins', () => {
    expect(can('JOURNALIST', 'claims.publish')).toBe(false);
    expect(can('EDITOR', 'claims.publish')).toBe(true);
    expect(can('EDITOR', 'users.manage')).toBe(false);
    expect(can('ADMIN', 'users.manage')).toBe(true);
    expect(can(null, 'newsroom.view')).toBe(false);
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
  ])('%s -> %s', (input, expected) => expect(safeCallbackUrl(input)).toBe(expected));
});
