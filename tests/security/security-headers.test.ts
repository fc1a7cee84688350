import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const get = (url: string) => proxy(new NextRequest(url, { headers: { host: new URL(url).host } }));
const csp = (response: Response) => response.headers.get('content-security-policy') ?? '';
const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

describe('security headers from the proxy', async () => {
  it('give newsroom pages a fresh nonce-based policy, passed on to Next for its scripts', async () => {
    const first = await get('http://localhost:3107/newsroom/claims');
    const second = await get('http://localhost:3107/newsroom/claims');
    const policy = csp(first);
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    for (const directive of [`object-src 'none'`, `base-uri 'none'`, `frame-ancestors 'none'`])
      expect(policy).toContain(directive);
    expect(nonceOf(policy)).not.toBe(nonceOf(csp(second)));
    // Next reads the nonce from the request header the proxy overrides.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(csp(await get('http://localhost:3107/signin'))).toContain("'nonce-");
  });

  it('give reader pages a static policy without a nonce, so they can be cached', async () => {
    for (const path of ['/', '/claims/x', '/articles/y', '/search?q=a', '/methodology']) {
      const response = await get(`http://localhost:3107${path}`);
      const policy = csp(response);
      expect(policy).not.toContain('nonce-');
      expect(policy).toContain(`script-src 'self'`);
      expect(policy).toContain(`object-src 'none'`);
      expect(policy).toContain(`base-uri 'none'`);
      expect(policy).toContain(`frame-ancestors 'none'`);
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBeNull();
    }
  });

  it('put nosniff, Referrer-Policy and Permissions-Policy on every response, HSTS over https', async () => {
    for (const url of [
      'http://localhost:3107/',
      'http://localhost:3107/newsroom',
      'http://localhost:3107/api/v1/verdicts',
      'http://localhost:3107/feed.xml',
    ]) {
      const response = await get(url);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    expect(csp(await get('http://localhost:3107/api/v1/verdicts'))).toBe(
      `default-src 'none'; frame-ancestors 'none'`,
    );
    expect(
      (await get('https://factdesk.example.org/')).headers.get('strict-transport-security'),
    ).toMatch(/^max-age=\d{8}/);
  });

  it('drop a Content-Security-Policy request header sent by the client', async () => {
    const response = await proxy(
      new NextRequest('http://localhost:3107/', {
        headers: { 'content-security-policy': "script-src 'nonce-chosen-by-attacker'" },
      }),
    );
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBeNull();
    expect(response.headers.get('x-middleware-override-headers')).not.toContain(
      'content-security-policy',
    );
  });
});
