import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importArticleFromUrl, type UrlImportError } from '@/lib/url-import';
import { startPageServer } from './page-server';

let server: Awaited<ReturnType<typeof startPageServer>>;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

const allow = { allowPrivate: true };
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: UrlImportError) => ({ reason: error.reason, message: error.message }),
  );

describe('importArticleFromUrl (test server on 127.0.0.1, private fetch allowed)', () => {
  it('takes the main text and metadata out of a page, as plain paragraphs', async () => {
    const article = await importArticleFromUrl(`${server.base}/article`, allow);
    expect(article).toMatchObject({
      title: 'Council approves budget',
      byline: 'Jane Doe',
      outlet: 'The Gazette',
      publishedAt: '2025-05-16',
      url: `${server.base}/article`,
    });
    const paragraphs = article.body.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toBe(
      '"We have cut crime by 20 percent since 2020," Mayor Ana Lopez said at a press conference. She added that unemployment fell to 3 percent last year.',
    );
    expect(article.body).not.toMatch(/<|tracking|Home \| News|©/);
  });

  it('reads gzip-encoded pages and follows absolute and relative redirects', async () => {
    expect((await importArticleFromUrl(`${server.base}/article-gzip`, allow)).title).toBe(
      'Council approves budget',
    );
    const redirected = await importArticleFromUrl(`${server.base}/redirect-to-article`, allow);
    expect(redirected.url).toBe(`${server.base}/article`);
    expect((await importArticleFromUrl(`${server.base}/redirect-relative`, allow)).url).toBe(
      `${server.base}/article`,
    );
    expect(
      (
        await importArticleFromUrl(
          `${server.base.replace('127.0.0.1', 'localhost')}/article`,
          allow,
        )
      ).title,
    ).toBe('Council approves budget');
  });

  it('says why a page could not be read', async () => {
    expect(await failureOf(importArticleFromUrl(`${server.base}/json`, allow))).toMatchObject({
      reason: 'not_html',
      message: expect.stringMatching(/application\/json/),
    });
    expect(await failureOf(importArticleFromUrl(`${server.base}/missing`, allow))).toMatchObject({
      reason: 'http_status',
      message: expect.stringMatching(/404/),
    });
    expect(await failureOf(importArticleFromUrl(`${server.base}/empty`, allow))).toMatchObject({
      reason: 'no_article',
    });
    expect(await failureOf(importArticleFromUrl(`${server.base}/loop`, allow))).toMatchObject({
      reason: 'too_many_redirects',
    });
    expect(
      await failureOf(importArticleFromUrl(`${server.base}/redirect-ftp`, allow)),
    ).toMatchObject({ reason: 'bad_url' });
    expect(await failureOf(importArticleFromUrl('ftp://example.com/x', allow))).toMatchObject({
      reason: 'bad_url',
    });
    expect(await failureOf(importArticleFromUrl('not a url', allow))).toMatchObject({
      reason: 'bad_url',
    });
    expect(
      await failureOf(importArticleFromUrl('http://user:pw@example.com/', allow)),
    ).toMatchObject({ reason: 'bad_url' });
    expect(
      await failureOf(importArticleFromUrl('http://no-such-host.invalid/', allow)),
    ).toMatchObject({ reason: 'dns' });
  });

  it('stops reading beyond the size cap, whether the size is declared or not', async () => {
    expect(
      await failureOf(importArticleFromUrl(`${server.base}/big-declared`, allow)),
    ).toMatchObject({ reason: 'too_large' });
    expect(
      await failureOf(importArticleFromUrl(`${server.base}/big-streamed`, allow)),
    ).toMatchObject({ reason: 'too_large', message: expect.stringMatching(/2 MB/) });
    expect(
      await failureOf(importArticleFromUrl(`${server.base}/article`, { ...allow, maxBytes: 200 })),
    ).toMatchObject({ reason: 'too_large' });
    expect(await failureOf(importArticleFromUrl(`${server.base}/gzip-bomb`, allow))).toMatchObject({
      reason: 'too_large',
    });
  });

  it('gives up after the time limit', async () => {
    const started = Date.now();
    expect(
      await failureOf(importArticleFromUrl(`${server.base}/slow`, { ...allow, timeoutMs: 300 })),
    ).toMatchObject({ reason: 'timeout' });
    expect(
      await failureOf(
        importArticleFromUrl(`${server.base}/stall-gzip`, { ...allow, timeoutMs: 300 }),
      ),
    ).toMatchObject({ reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('importArticleFromUrl refuses internal addresses without the test setting', () => {
  const deny = { allowPrivate: false };

  it('refuses loopback, private, link-local and IPv6 literals before connecting', async () => {
    expect(await failureOf(importArticleFromUrl(`${server.base}/article`, deny))).toMatchObject({
      reason: 'refused_address',
      message: expect.stringMatching(/loopback/),
    });
    for (const url of [
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[fd00::1]/',
      'http://100.64.1.1/',
      'http://0.0.0.0/',
    ]) {
      expect(await failureOf(importArticleFromUrl(url, deny)), url).toMatchObject({
        reason: 'refused_address',
      });
    }
  });

  it('refuses a host name that resolves to loopback', async () => {
    expect(
      await failureOf(
        importArticleFromUrl(`${server.base.replace('127.0.0.1', 'localhost')}/article`, deny),
      ),
    ).toMatchObject({ reason: 'refused_address', message: expect.stringMatching(/localhost/) });
  });

  it('reads the setting from FACTDESK_ALLOW_PRIVATE_FETCH when the app starts', async () => {
    // lib/env.ts parses the environment once, on first import: start afresh for each setting.
    const freshImport = async (setting: string | undefined) => {
      vi.resetModules();
      vi.stubEnv('FACTDESK_ALLOW_PRIVATE_FETCH', setting);
      return (await import('@/lib/url-import')).importArticleFromUrl;
    };
    try {
      const refusing = await freshImport(undefined);
      expect(await failureOf(refusing(`${server.base}/article`))).toMatchObject({
        reason: 'refused_address',
      });
      const allowing = await freshImport('1');
      expect((await allowing(`${server.base}/article`)).title).toBe('Council approves budget');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
