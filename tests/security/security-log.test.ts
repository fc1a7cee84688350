import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as createArticle } from '@/app/api/v1/articles/route';
import { authenticate } from '@/lib/auth/authenticate';
import { findActiveUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { createApiToken, revokeApiToken } from '@/lib/data/api-tokens';
import { changeRole, setDisabled } from '@/lib/data/users';
import { createSecurityLogger, logSecurityEvent, securityLog } from '@/lib/security/security-log';
import { createUser } from '@/prisma/factories';

/** The security events logged while the test runs, as the objects handed to pino. */
let events: Record<string, unknown>[];
beforeEach(() => {
  events = [];
  for (const level of ['info', 'warn'] as const)
    vi.spyOn(securityLog, level).mockImplementation(((fields: Record<string, unknown>) => {
      events.push({ level, ...fields });
    }) as never);
});
afterEach(() => vi.restoreAllMocks());

const ofKind = (event: string) => events.filter((e) => e.event === event);

describe('the security log', () => {
  it('redacts passwords, tokens, secrets, cookies and authorization headers, nested or not', () => {
    const lines: string[] = [];
    const logger = createSecurityLogger(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
      'info',
    );
    logSecurityEvent(
      'auth.sign_in_failed',
      {
        userId: 'user-1',
        clientAddress: '203.0.113.9',
        requestId: 'request-1',
        password: 'hunter2-correct-horse',
        token: 'fd_live_token_value',
        request: {
          headers: { authorization: 'Bearer fd_header_token', cookie: 'next-auth.session=abc' },
        },
        detail: { secret: 'the-nextauth-secret', newPassword: 'new-password-value' },
      },
      logger,
    );
    expect(lines).toHaveLength(1);
    const line = lines[0];
    for (const secret of [
      'hunter2-correct-horse',
      'fd_live_token_value',
      'fd_header_token',
      'next-auth.session=abc',
      'the-nextauth-secret',
      'new-password-value',
    ])
      expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({
      level: 40,
      event: 'auth.sign_in_failed',
      userId: 'user-1',
      clientAddress: '203.0.113.9',
      requestId: 'request-1',
      password: '[redacted]',
      token: '[redacted]',
    });
  });

  it('records sign-in success, failure and throttling with user, address and request id, never the password', async () => {
    const user = await createUser(db);
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const requestId = randomUUID();
    await authenticate({ email: user.email, password: user.password }, address, requestId);
    await authenticate({ email: user.email, password: 'wrong-password-1' }, address, requestId);
    for (let i = 0; i < 5; i++)
      await authenticate({ email: user.email, password: 'wrong-password-1' }, address, requestId);
    await expect(
      authenticate({ email: user.email, password: user.password }, address, requestId),
    ).rejects.toThrow();

    expect(ofKind('auth.sign_in')).toEqual([
      expect.objectContaining({ userId: user.id, clientAddress: address, requestId }),
    ]);
    expect(ofKind('auth.sign_in_failed')[0]).toMatchObject({
      level: 'warn',
      userId: user.id,
      email: user.email,
      clientAddress: address,
      requestId,
      reason: 'wrong password',
    });
    expect(ofKind('auth.throttled')[0]).toMatchObject({
      email: user.email,
      clientAddress: address,
    });
    expect(JSON.stringify(events)).not.toContain(user.password);
    expect(JSON.stringify(events)).not.toContain('wrong-password-1');
  });

  it('records role and status changes, token creation and revocation (never the token)', async () => {
    const admin = (await findActiveUser((await createUser(db, { role: 'ADMIN' })).id))!;
    const journalist = (await findActiveUser((await createUser(db)).id))!;
    await changeRole(admin, { userId: journalist.id, role: 'EDITOR' });
    await setDisabled(admin, { userId: journalist.id, disabled: true });
    const owner = (await findActiveUser((await createUser(db)).id))!;
    const created = await createApiToken(owner, { name: 'CMS' });
    await revokeApiToken(owner, created.id);

    expect(ofKind('user.role_changed')[0]).toMatchObject({
      userId: admin.id,
      targetUserId: journalist.id,
      before: { role: 'JOURNALIST' },
      after: { role: 'EDITOR' },
    });
    expect(ofKind('user.disabled')[0]).toMatchObject({ targetUserId: journalist.id });
    expect(ofKind('token.created')[0]).toMatchObject({ userId: owner.id, tokenId: created.id });
    expect(ofKind('token.revoked')[0]).toMatchObject({ userId: owner.id, tokenId: created.id });
    expect(JSON.stringify(events)).not.toContain(created.token);
  });

  it('records 401 and 403 refusals of the API with address and request id', async () => {
    const request = (headers: Record<string, string>) =>
      new Request('http://localhost:3107/api/v1/articles', {
        method: 'POST',
        headers: { host: 'localhost:3107', 'x-request-id': 'req-42', ...headers },
        body: '{}',
      });
    const params = { params: Promise.resolve({}) };
    expect(
      (await createArticle(request({ authorization: 'Bearer fd_not_a_token' }), params)).status,
    ).toBe(401);
    expect((await createArticle(request({ origin: 'https://evil.example' }), params)).status).toBe(
      403,
    );
    expect(ofKind('access.refused').map((e) => [e.status, e.requestId, e.path])).toEqual([
      [401, 'req-42', '/api/v1/articles'],
      [403, 'req-42', '/api/v1/articles'],
    ]);
    expect(JSON.stringify(events)).not.toContain('fd_not_a_token');
  });
});
