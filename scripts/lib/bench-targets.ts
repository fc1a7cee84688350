// What `npm run bench:load` requests: found in the running app (public API, rendered links) and
// its database, never hard-coded, so the same bench runs on demo data and on a million claims.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import {
  cookieHeader,
  firstLinkUnder,
  hasSessionCookie,
  linksUnder,
  linkText,
  nextPageHref,
  pathOf,
  prerenderedPages,
  searchWordFrom,
} from './bench-parse';

export interface Target {
  name: string;
  path: string;
  /** Expected status; 200 unless said. */
  status?: number;
}

/** GET base+target without following redirects; throws unless it answers the expected status. */
export async function get(base: string, target: string, cookie?: string, status = 200) {
  const response = await fetch(new URL(target, base), {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
  if (response.status !== status)
    throw new Error(
      `GET ${target} answered ${response.status}; the bench needs a ${status} there.`,
    );
  return response;
}

interface VerdictListItem {
  id: string;
  claim?: string;
  summary?: string;
  article?: { id?: string };
}

/** Reader pages, feeds and API routes, from the first page of /api/v1/verdicts and the pages' links. */
export async function discoverPublicTargets(base: string, deepHops: number): Promise<Target[]> {
  const list = (await (await get(base, '/api/v1/verdicts')).json()) as { data?: VerdictListItem[] };
  const first = list.data?.[0];
  if (!first)
    throw new Error('No published verdict: seed the demo data (npm run db:seed) or publish one.');
  const claimPath = `/claims/${encodeURIComponent(first.id)}`;
  const claimHtml = await (await get(base, claimPath)).text();
  const speakerHref = firstLinkUnder(claimHtml, '/speakers');
  const articlePath = first.article?.id
    ? `/articles/${encodeURIComponent(first.article.id)}`
    : firstLinkUnder(claimHtml, '/articles');
  if (!speakerHref || !articlePath)
    throw new Error(`No speaker or article link on ${claimPath}; cannot pick those pages.`);

  // The deepest listing page reachable by following "next" links (page numbers or cursors).
  let deep = '/';
  for (let hop = 0; hop < deepHops; hop += 1) {
    const href = nextPageHref(await (await get(base, deep)).text());
    if (!href) break;
    deep = pathOf(href, deep);
  }
  const word = searchWordFrom(`${first.claim ?? ''} ${first.summary ?? ''}`) ?? 'the';
  return [
    { name: 'home', path: '/' },
    { name: deep === '/' ? 'deep page (only one page here)' : 'deep page', path: deep },
    { name: 'article page', path: articlePath },
    { name: 'claim page', path: claimPath },
    { name: 'speaker page', path: pathOf(speakerHref, claimPath) },
    { name: 'search', path: `/search?q=${encodeURIComponent(word)}` },
    { name: 'corrections', path: '/corrections' },
    { name: 'RSS feed', path: '/feed.xml' },
    { name: 'Atom feed', path: '/atom.xml' },
    { name: 'API verdicts, first page', path: '/api/v1/verdicts' },
    { name: 'API one verdict', path: `/api/v1/verdicts/${encodeURIComponent(first.id)}` },
  ];
}

/**
 * Newsroom pages: the claim updated last (the queue's top row), the article with the most claims,
 * and a word of that claim for the text search. From the database when there is one, else from
 * the newsroom's own lists.
 */
export async function discoverNewsroomTargets(
  base: string,
  cookie: string,
  databaseUrl: string | undefined,
): Promise<Target[]> {
  let claimId: string | null = null;
  let articleId: string | null = null;
  let text = '';
  if (databaseUrl) {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const claim = await db.query<{ id: string; text: string }>(
        'SELECT id, text FROM "Claim" ORDER BY "updatedAt" DESC LIMIT 1',
      );
      const article = await db.query<{ articleId: string }>(
        'SELECT "articleId" FROM "Claim" GROUP BY "articleId" ORDER BY count(*) DESC LIMIT 1',
      );
      claimId = claim.rows[0]?.id ?? null;
      text = claim.rows[0]?.text ?? '';
      articleId = article.rows[0]?.articleId ?? null;
    } finally {
      await db.end();
    }
  } else {
    const queue = await (await get(base, '/newsroom/claims', cookie)).text();
    const articles = await (await get(base, '/newsroom/articles', cookie)).text();
    const claimHref = firstLinkUnder(queue, '/newsroom/claims');
    const articleHref = linksUnder(articles, '/newsroom/articles').find(
      (href) => href !== '/newsroom/articles/new',
    );
    claimId = claimHref?.split('/').pop() ?? null;
    articleId = articleHref?.split('/').pop() ?? null;
    // The queue links each claim by its text.
    text = claimHref ? linkText(queue, claimHref) : '';
  }
  if (!claimId || !articleId) throw new Error('No claim or article in the newsroom to request.');
  const word = searchWordFrom(text) ?? 'the';
  return [
    { name: 'claims queue (default)', path: '/newsroom/claims' },
    { name: 'claims queue, state filter', path: '/newsroom/claims?state=VERIFYING' },
    { name: 'claims queue, text search', path: `/newsroom/claims?q=${encodeURIComponent(word)}` },
    { name: 'review queue', path: '/newsroom/claims?state=IN_REVIEW&sort=oldest' },
    { name: 'My work', path: '/newsroom' },
    { name: 'claim page', path: `/newsroom/claims/${claimId}` },
    { name: 'article page', path: `/newsroom/articles/${articleId}` },
  ];
}

/** Signs in through next-auth's credentials endpoint (as the sign-in form does); the Cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(new URL('/api/auth/csrf', base));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = cookieHeader(csrf.headers.getSetCookie());
  const response = await fetch(new URL('/api/auth/callback/credentials', base), {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: csrfCookies,
      origin: new URL(base).origin,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const cookies = cookieHeader([
    ...csrf.headers.getSetCookie(),
    ...response.headers.getSetCookie(),
  ]);
  if (!hasSessionCookie(cookies))
    throw new Error(`Signing in as ${email} failed (${response.status}); is the demo data seeded?`);
  return cookies;
}

/**
 * Next's own prerendered page in this build: the shortest static HTML page, else the prerendered
 * not-found page (served with 404 for any path that matches no route), else null.
 */
export function findPrerenderedPage(root: string, distDir: string): Target | null {
  let manifest: unknown;
  try {
    manifest = JSON.parse(
      readFileSync(path.join(root, distDir, 'prerender-manifest.json'), 'utf8'),
    );
  } catch {
    return null;
  }
  const page = prerenderedPages(manifest)[0];
  if (page) return { name: `Next prerendered ${page}`, path: page };
  const routes = (manifest as { routes?: Record<string, unknown> }).routes ?? {};
  return '/_not-found' in routes
    ? { name: 'Next prerendered /_not-found', path: '/bench-load-matches-no-route', status: 404 }
    : null;
}
