import { describe, expect, it } from 'vitest';
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
} from '@/scripts/lib/bench-parse';
import { StatementCounter } from '@/scripts/lib/bench-pg-proxy';
import { displayPath, publicTable } from '@/scripts/lib/bench-report';
import {
  formatRatio,
  markdownTable,
  median,
  medianFigures,
  percentile,
  type RunFigures,
} from '@/scripts/lib/bench-stats';

describe('median and percentile', () => {
  it('takes the middle value, the lower one for an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });

  it('uses nearest rank on unsorted values', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('takes each figure’s median on its own and sums the failures', () => {
    const run = (rps: number, p50: number, unexpected: number, queries?: number): RunFigures => ({
      rps,
      p50,
      p95: p50 * 2,
      p99: p50 * 3,
      requests: 10,
      unexpected,
      errors: 0,
      queriesPerRequest: queries,
    });
    const figures = medianFigures([run(300, 9, 0, 2), run(100, 30, 1, 0), run(200, 10, 2)]);
    expect(figures).toMatchObject({ rps: 200, p50: 10, p99: 30, requests: 30, unexpected: 3 });
    expect(figures.queriesPerRequest).toBe(0);
    expect(medianFigures([run(1, 1, 0)]).queriesPerRequest).toBeUndefined();
  });
});

describe('formatting', () => {
  it('prints ratios readably from 0.01% to 100%', () => {
    expect(formatRatio(90, 100)).toBe('90%');
    expect(formatRatio(324, 35446)).toBe('0.91%');
    expect(formatRatio(5, 100)).toBe('5.0%');
    expect(formatRatio(1, 0)).toBe('–');
    expect(formatRatio(NaN, 10)).toBe('–');
  });

  it('lays out a Markdown table with equal-width columns', () => {
    expect(markdownTable(['a', 'long header'], [['value', 'x']])).toBe(
      ['| a     | long header |', '| ----- | ----------- |', '| value | x           |'].join('\n'),
    );
  });
});

describe('report tables', () => {
  const figures = (rps: number): RunFigures => ({
    rps,
    p50: 4.25,
    p95: 20,
    p99: 120.4,
    requests: 100,
    unexpected: 2,
    errors: 1,
    queriesPerRequest: 0,
  });

  it('prints a reader route beside its bare copy and Next’s prerendered page', () => {
    const table = publicTable(
      [{ name: 'home', path: '/', app: figures(324), bare: figures(35446) }],
      figures(2500),
    );
    expect(table.split('\n')[2]).toBe(
      '| home  | `/`  | 324   | 4.3    | 120    | 35,446          | 0.91%     | 13%                   | 0.00        | 3      |',
    );
  });

  it('shows database ids in paths as :id, and only whole path segments', () => {
    expect(displayPath('/newsroom/claims/cmx3cu7at0001b47d5jash99z')).toBe('/newsroom/claims/:id');
    expect(displayPath('/newsroom/claims?q=internationalisationsabc')).toBe(
      '/newsroom/claims?q=internationalisationsabc',
    );
  });
});

describe('discovery parsing', () => {
  it('finds the next-page link whatever the attribute order, page number or cursor', () => {
    expect(nextPageHref('<a class="u" href="/?page=2" rel="next">Older</a>')).toBe('/?page=2');
    expect(
      nextPageHref(
        `<a rel='prev' href='/'>N</a><a rel="nofollow next" href="/?cursor=eyJ&amp;q=a">O</a>`,
      ),
    ).toBe('/?cursor=eyJ&q=a');
    expect(nextPageHref('<link rel="next" href="/x"><a href="/y">y</a>')).toBeNull();
  });

  it('resolves hrefs against the page they were found on', () => {
    expect(pathOf('?page=3', '/?page=2')).toBe('/?page=3');
    expect(pathOf('/speakers/u-n', '/claims/x')).toBe('/speakers/u-n');
    expect(pathOf('http://example.org/a?b=1', '/')).toBe('/a?b=1');
  });

  it('takes the first link one level under a prefix', () => {
    const html =
      '<a href="/speakers">all</a><a href="/speakers/a/b">deep</a><a href="/speakers/jane-doe?x=1">Jane</a>';
    expect(firstLinkUnder(html, '/speakers')).toBe('/speakers/jane-doe?x=1');
    expect(firstLinkUnder(html, '/articles')).toBeNull();
  });

  it('lists links one level under a prefix and reads a link’s text', () => {
    const html =
      '<a href="/newsroom/articles/new">New</a><a class="x" href="/newsroom/articles/c1">The <b>A&amp;B</b> story</a>';
    expect(linksUnder(html, '/newsroom/articles')).toEqual([
      '/newsroom/articles/new',
      '/newsroom/articles/c1',
    ]);
    expect(linkText(html, '/newsroom/articles/c1')).toBe('The  A&B  story');
    expect(linkText(html, '/nowhere')).toBe('');
  });

  it('picks a long content word for the search', () => {
    expect(searchWordFrom('The rate of unemployment fell, they said.')).toBe('unemployment');
    expect(searchWordFrom('Élections présidentielles')).toBe('présidentielles');
    expect(searchWordFrom('a b c 12345')).toBeNull();
  });

  it('keeps name=value of Set-Cookie lines and recognises a next-auth session', () => {
    const cookies = cookieHeader([
      'next-auth.csrf-token=abc%7Cdef; Path=/; HttpOnly; SameSite=Lax',
      'next-auth.callback-url=http%3A%2F%2Flocalhost; Path=/',
      'next-auth.session-token=eyJ.x.y; Path=/; HttpOnly',
    ]);
    expect(cookies).toBe(
      'next-auth.csrf-token=abc%7Cdef; next-auth.callback-url=http%3A%2F%2Flocalhost; next-auth.session-token=eyJ.x.y',
    );
    expect(hasSessionCookie(cookies)).toBe(true);
    expect(hasSessionCookie('__Secure-next-auth.session-token.0=a')).toBe(true);
    expect(hasSessionCookie('next-auth.csrf-token=a')).toBe(false);
  });

  it('lists the prerendered HTML pages of a build manifest, not internals, APIs or files', () => {
    const manifest = {
      routes: { '/_not-found': {}, '/icon.svg': {}, '/methodology': {}, '/api/x': {}, '/a': {} },
    };
    expect(prerenderedPages(manifest)).toEqual(['/a', '/methodology']);
    expect(prerenderedPages(null)).toEqual([]);
  });
});

describe('StatementCounter (PostgreSQL frontend protocol)', () => {
  const message = (type: string, payload: Buffer) => {
    const header = Buffer.alloc(5);
    header.write(type, 0);
    header.writeInt32BE(payload.length + 4, 1);
    return Buffer.concat([header, payload]);
  };
  const startup = (code: number, extra = Buffer.alloc(0)) => {
    const buffer = Buffer.alloc(8);
    buffer.writeInt32BE(8 + extra.length, 0);
    buffer.writeInt32BE(code, 4);
    return Buffer.concat([buffer, extra]);
  };

  it('counts simple queries and executes, across any chunking, after SSL refusal and startup', () => {
    const stream = Buffer.concat([
      startup(80877103),
      startup(196608, Buffer.from('user\0postgres\0\0')),
      message('p', Buffer.from('secret\0')),
      message('Q', Buffer.from('SELECT 1\0')),
      message('P', Buffer.from('\0SELECT $1\0\0\0')),
      message('B', Buffer.alloc(10)),
      message('D', Buffer.from('P\0')),
      message('E', Buffer.from('\0\0\0\0\0')),
      message('S', Buffer.alloc(0)),
      message('E', Buffer.from('\0\0\0\0\0')),
    ]);
    for (const size of [1, 3, 7, stream.length]) {
      const counter = new StatementCounter();
      for (let at = 0; at < stream.length; at += size) counter.push(stream.subarray(at, at + size));
      expect(counter.statements, `chunks of ${size}`).toBe(3);
      expect(counter.lost).toBe(false);
    }
  });

  it('gives up on a stream it cannot read', () => {
    const counter = new StatementCounter();
    counter.push(startup(196608));
    counter.push(Buffer.from([0x51, 0, 0, 0, 1]));
    expect(counter.lost).toBe(true);
  });
});
