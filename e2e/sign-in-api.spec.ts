import { expect, test } from './fixtures';

const CALLBACK = '/api/auth/callback/credentials';

test('malformed sign-in payloads get a 4xx, never a server error', async ({ request }) => {
  const payloads: { headers: Record<string, string>; data: string }[] = [
    { headers: { 'content-type': 'text/plain' }, data: 'email=a&password=b' },
    { headers: { 'content-type': 'application/json' }, data: '{not json' },
    { headers: { 'content-type': 'application/json' }, data: '[1,2,3]' },
    {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify({ email: 42, password: null, csrfToken: 'x' }),
    },
    {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: 'email=not-an-email&password=x&csrfToken=abc',
    },
    {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: 'email=a%40b.co&password=x',
    },
    {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: `email=a%40b.co&password=${'x'.repeat(5000)}&csrfToken=abc`,
    },
  ];
  for (const payload of payloads) {
    const response = await request.post(CALLBACK, { ...payload, maxRedirects: 0 });
    expect(response.status(), payload.data.slice(0, 40)).toBeGreaterThanOrEqual(400);
    expect(response.status(), payload.data.slice(0, 40)).toBeLessThan(500);
    const body = await response.json();
    expect(body.error.message).toEqual(expect.any(String));
  }
});
