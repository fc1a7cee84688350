// A tiny HTTP server on 127.0.0.1 serving the pages the URL-import tests fetch (not a test file itself).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export const ARTICLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council approves budget - The Gazette</title>
<meta property="og:site_name" content="The Gazette">
<meta property="article:published_time" content="2025-05-16T09:30:00Z">
<meta name="author" content="Jane Doe">
<script>window.tracking = 'nope';</script>
</head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Council approves budget</h1>
<p>The city council approved a budget of $4.2 million on Tuesday, according to the mayor's office. It is the largest budget in a decade, and most of the new money goes to roads and schools.</p>
<p>"We have cut crime by 20 percent since 2020," Mayor Ana Lopez said at a press conference. She added that <a href="/jobs">unemployment</a> fell to 3 percent last year.</p>
<p>Critics said the plan would cost taxpayers $12 billion over ten years.</p>
</article><footer>© 2025 The Gazette</footer></body></html>`;

type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

const html = (res: ServerResponse, body: string, status = 200) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
};

export const ROUTES: Record<string, Handler> = {
  '/article': (_req, res) => html(res, ARTICLE_HTML),
  '/article-gzip': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(ARTICLE_HTML));
  },
  '/json': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"title":"not a page"}');
  },
  '/empty': (_req, res) => html(res, '<html><body><p>Hi.</p></body></html>'),
  '/missing': (_req, res) => html(res, '<h1>Not found</h1>', 404),
  '/big-declared': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(3 * 1024 * 1024) });
    res.write('<html><body>');
    // Never finishes: the client must give up on the declared size alone.
  },
  '/big-streamed': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
    let sent = 0;
    const pump = () => {
      while (sent < 4 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      res.end();
    };
    pump();
  },
  '/slow': (_req, res) => {
    const timer = setTimeout(() => html(res, ARTICLE_HTML), 5_000);
    res.on('close', () => clearTimeout(timer));
  },
  '/gzip-bomb': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(`<html><body><p>${' '.repeat(8 * 1024 * 1024)}</p></body></html>`));
  },
  '/stall-gzip': (_req, res) => {
    const gzipped = gzipSync(ARTICLE_HTML);
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.write(gzipped.subarray(0, gzipped.length / 2));
  },
  '/redirect-to-article': (_req, res, base) => {
    res.writeHead(302, { location: `${base}/article` });
    res.end();
  },
  '/redirect-relative': (_req, res) => {
    res.writeHead(301, { location: '/article' });
    res.end();
  },
  '/redirect-private': (_req, res) => {
    res.writeHead(302, { location: 'http://10.20.30.40/internal' });
    res.end();
  },
  '/redirect-loopback': (_req, res, base) => {
    res.writeHead(307, { location: `${base.replace('127.0.0.1', '[::ffff:127.0.0.2]')}/article` });
    res.end();
  },
  '/redirect-ftp': (_req, res) => {
    res.writeHead(302, { location: 'ftp://example.com/file' });
    res.end();
  },
  '/loop': (_req, res) => {
    res.writeHead(302, { location: '/loop' });
    res.end();
  },
};

export async function startPageServer(routes: Record<string, Handler> = ROUTES) {
  let base = '';
  const server = createServer((req, res) => {
    const handler = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (handler) handler(req, res, base);
    else html(res, 'not found', 404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
