import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authenticate, SignInThrottledError } from '@/lib/auth/authenticate';
import { db } from '@/lib/db';
import { createUser } from '@/prisma/factories';

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

describe('sign-in', () => {
  it('accepts the right password and gives nothing away on a wrong email or password', async () => {
    const user = await createUser(db);
    const ip = address();
    expect(await authenticate({ email: user.email, password: user.password }, ip)).toMatchObject({
      id: user.id,
    });
    expect(
      await authenticate({ email: user.email.toUpperCase(), password: user.password }, ip),
    ).toMatchObject({ id: user.id });
    expect(await authenticate({ email: user.email, password: 'wrong' }, ip)).toBeNull();
    expect(
      await authenticate({ email: `nobody-${randomUUID()}@factdesk.test`, password: 'wrong' }, ip),
    ).toBeNull();
  });

  it('refuses a disabled account with the same answer as a wrong password', async () => {
    const user = await createUser(db, { disabled: true });
    expect(
      await authenticate({ email: user.email, password: user.password }, address()),
    ).toBeNull();
  });

  it.each([
    null,
    undefined,
    'x',
    [],
    { email: 1, password: 2 },
    { email: 'a@b.c' },
    { email: 'a@b.c', password: 'x'.repeat(500) },
  ])('returns null for a malformed payload %#', async (payload) => {
    expect(await authenticate(payload, address())).toBeNull();
  });

  it('backs off exponentially per account after repeated failures, with the counter in the database', async () => {
    const user = await createUser(db);
    for (let i = 0; i < 5; i++)
      expect(await authenticate({ email: user.email, password: 'wrong' }, address())).toBeNull();
    // The 6th failure starts the back-off; even the right password now waits.
    expect(await authenticate({ email: user.email, password: 'wrong' }, address())).toBeNull();
    await expect(
      authenticate({ email: user.email, password: user.password }, address()),
    ).rejects.toBeInstanceOf(SignInThrottledError);

    const row = await db.signInThrottle.findUniqueOrThrow({
      where: { key: `account:${user.email}` },
    });
    expect(row.failures).toBe(6);
    expect(row.blockedUntil!.getTime()).toBeGreaterThan(Date.now());

    // Not a permanent lock: once the wait has passed, the right password works and resets the counter.
    await db.signInThrottle.update({
      where: { key: row.key },
      data: { blockedUntil: new Date(Date.now() - 1000) },
    });
    expect(
      await authenticate({ email: user.email, password: user.password }, address()),
    ).toMatchObject({
      id: user.id,
    });
    expect(await db.signInThrottle.findUnique({ where: { key: row.key } })).toBeNull();
  });

  it('throttles one client address across accounts', async () => {
    const ip = address();
    for (let i = 0; i < 21; i++)
      await authenticate(
        { email: `guess-${i}-${randomUUID()}@factdesk.test`, password: 'wrong' },
        ip,
      );
    const user = await createUser(db);
    await expect(authenticate({ email: user.email, password: user.password }, ip)).rejects.toThrow(
      /Too many sign-in attempts/,
    );
    expect(
      await authenticate({ email: user.email, password: user.password }, address()),
    ).toMatchObject({
      id: user.id,
    });
  });
});
