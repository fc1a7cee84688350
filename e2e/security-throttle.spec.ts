import { randomBytes } from 'node:crypto';
import { expect, test } from './fixtures';

test('sign-in throttling keys on the connection, not on a client-sent X-Forwarded-For', async ({
  request,
  db,
}) => {
  const forged = `203.0.113.${1 + (randomBytes(1)[0] % 250)}`;
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const response = await request.post('/api/auth/callback/credentials', {
    headers: { 'x-forwarded-for': forged, 'x-real-ip': forged },
    form: {
      csrfToken,
      email: `nobody-${randomBytes(4).toString('hex')}@factdesk.test`,
      password: 'not-the-password',
      json: 'true',
    },
  });
  expect(response.status()).toBeLessThan(500);
  // The failure counts against the test browser's real (loopback) address, not the forged one.
  expect(await db.signInThrottle.findUnique({ where: { key: `address:${forged}` } })).toBeNull();
  const loopback = await db.signInThrottle.findMany({
    where: { key: { in: ['address:127.0.0.1', 'address:::1'] } },
  });
  expect(loopback.length).toBeGreaterThan(0);
});
