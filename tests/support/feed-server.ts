// A local news site for monitoring tests and the benchmark: RSS feeds whose items are article pages.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedSite {
  base: string;
  /** Requests seen, by path; `notModified` counts 304 answers. */
  hits: Map<string, number>;
  notModified: number;
  /** Set the items of a feed (article slugs, or [slug, link] with a link of its own). */
  setFeed(name: string, items: (string | [string, string])[]): void;
  /** Hold the answer for an article page this many milliseconds. */
  delay: Map<string, number>;
  close(): Promise<void>;
}

/** An article whose claims differ by slug (numbers, speaker), so each is its own text. */
export function articleText(slug: string): { title: string; body: string } {
  const n = [...slug].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  return {
    title: `Report ${slug}: unemployment and prices`,
    body: [
      `Unemployment fell to ${(n % 9) + 2}.${n % 10} percent in the last quarter, Finance Minister Maria Rossi said on Tuesday in report ${slug}.`,
      `"Prices rose by ${(n % 7) + 1} percent in ${2000 + (n % 25)}, the fastest rise in a decade," said Paolo Bianchi, an economist at the central bank.`,
      `The ministry said it would spend ${(n % 40) + 5} million euros on training programmes for ${slug}.`,
    ].join('\n\n'),
  };
}

function page(slug: string, canonical?: string): string {
  const { title, body } = articleText(slug);
  const paragraphs = body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head>
<body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

export async function startFeedSite(port = 0): Promise<FeedSite> {
  const feeds = new Map<string, { items: (string | [string, string])[]; version: number }>();
  const hits = new Map<string, number>();
  const delay = new Map<string, number>();
  let base = '';
  const site = { hits, delay, notModified: 0 } as FeedSite;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    const feed = /^\/feeds\/([\w-]+)\.xml$/.exec(url.pathname);
    if (feed && feeds.has(feed[1])) {
      const { items, version } = feeds.get(feed[1])!;
      const etag = `"${feed[1]}-${version}"`;
      if (request.headers['if-none-match'] === etag) {
        site.notModified += 1;
        response.writeHead(304, { etag }).end();
        return;
      }
      const entries = items
        .map((item) => {
          const [slug, link] = typeof item === 'string' ? [item, `${base}/articles/${item}`] : item;
          return `<item><title>${articleText(slug).title}</title><link>${link.replace(/&/g, '&amp;')}</link><guid>${link.replace(/&/g, '&amp;')}</guid><pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate></item>`;
        })
        .join('');
      response
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag })
        .end(
          `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${feed[1]}</title>${entries}</channel></rss>`,
        );
      return;
    }
    const article = /^\/articles\/([\w-]+)$/.exec(url.pathname);
    if (article) {
      const wait = delay.get(article[1]) ?? 0;
      setTimeout(() => {
        if (response.destroyed) return;
        // Copies (…-copy) declare the original as canonical, as syndicated pages do.
        const canonical = article[1].endsWith('-copy')
          ? `${base}/articles/${article[1].slice(0, -5)}`
          : undefined;
        response
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(page(article[1].replace(/-copy$/, ''), canonical));
      }, wait);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(site, {
    base,
    setFeed(name: string, items: (string | [string, string])[]) {
      feeds.set(name, { items, version: (feeds.get(name)?.version ?? 0) + 1 });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
