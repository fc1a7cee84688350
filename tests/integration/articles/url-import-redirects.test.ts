// Redirects are checked hop by hop: here 127.0.0.1 (the test server) counts as public, every other
// internal address does not.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importArticleFromUrl, type UrlImportError } from '@/lib/url-import';
import { startPageServer } from './page-server';

vi.mock('@/lib/url-import/address-class', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/url-import/address-class')>();
  return {
    ...actual,
    classifyAddress: (address: string) =>
      address === '127.0.0.1' ? 'public' : actual.classifyAddress(address),
  };
});

// 'pinned.test' exists only in the guard's DNS answer; the connection can reach it only through the pinned address.
vi.mock('node:dns/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:dns/promises')>();
  const lookup = (host: string, options: object) =>
    host === 'pinned.test'
      ? Promise.resolve([{ address: '127.0.0.1', family: 4 }])
      : actual.lookup(host, options as never);
  return { ...actual, default: { ...actual, lookup }, lookup };
});

let server: Awaited<ReturnType<typeof startPageServer>>;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

const deny = { allowPrivate: false };
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: UrlImportError) => ({ reason: error.reason, message: error.message }),
  );

describe('redirects are checked like the first address', () => {
  it('follows a redirect between allowed addresses', async () => {
    expect((await importArticleFromUrl(`${server.base}/redirect-to-article`, deny)).title).toBe(
      'Council approves budget',
    );
  });

  it('connects to the address the guard checked, without asking DNS again', async () => {
    const url = `${server.base.replace('127.0.0.1', 'pinned.test')}/article`;
    expect((await importArticleFromUrl(url, deny)).url).toBe(url);
  });

  it('refuses a redirect to a private address', async () => {
    expect(
      await failureOf(importArticleFromUrl(`${server.base}/redirect-private`, deny)),
    ).toMatchObject({
      reason: 'refused_address',
      message: expect.stringMatching(/10\.20\.30\.40.*private/),
    });
  });

  it('refuses a redirect to another loopback address, written as IPv4-mapped IPv6', async () => {
    expect(
      await failureOf(importArticleFromUrl(`${server.base}/redirect-loopback`, deny)),
    ).toMatchObject({ reason: 'refused_address', message: expect.stringMatching(/loopback/) });
  });
});
