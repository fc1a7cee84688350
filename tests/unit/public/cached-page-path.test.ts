import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@/lib/data/public/cursor';
import { cachedPagePath, homePosition, listCursor } from '@/lib/public/cached-page-path';
import { searchParamsFromKey } from '@/lib/public/search-key';

const cursor = encodeCursor('older', { publishedAt: new Date('2026-11-01T10:00:00Z'), id: 'pub1' });
const search = (query: string) => new URLSearchParams(query);

describe('cachedPagePath', () => {
  it('serves the plain paths of the paged lists as they are (their first page is cached whole)', () => {
    for (const path of ['/', '/corrections', '/speakers/u-n', '/search'])
      expect(cachedPagePath(path, search(''))).toBeNull();
  });

  it('sends a cursor to the same list’s …/at/<cursor> route', () => {
    expect(cachedPagePath('/', search(`cursor=${cursor}`))).toBe(`/at/${cursor}`);
    expect(cachedPagePath('/corrections', search(`cursor=${cursor}`))).toBe(
      `/corrections/at/${cursor}`,
    );
    expect(cachedPagePath('/speakers/u-n', search(`cursor=${cursor}&x=1`))).toBe(
      `/speakers/u-n/at/${cursor}`,
    );
  });

  it('keeps the home page’s ?page=2…10 and ignores other page numbers and foreign cursors', () => {
    expect(cachedPagePath('/', search('page=2'))).toBe('/at/2');
    expect(cachedPagePath('/', search('page=10'))).toBe('/at/10');
    for (const query of ['page=1', 'page=11', 'page=abc', 'page=02x', 'cursor=bogus', 'utm=x'])
      expect(cachedPagePath('/', search(query)), query).toBeNull();
    expect(cachedPagePath('/corrections', search('page=2'))).toBeNull();
  });

  it('sends a valid search to its cached /search/for/<key> route, anything else per request', () => {
    const ferry = cachedPagePath('/search', search('q=ferry&rating='));
    expect(ferry).toMatch(/^\/search\/for\/[\w-]+$/);
    expect(searchParamsFromKey(ferry!.slice('/search/for/'.length))).toEqual({ q: 'ferry' });
    // The same search asked with its parameters in another order is the same cache entry.
    expect(cachedPagePath('/search', search(`speaker=U.N.&q=ferry&cursor=${cursor}`))).toBe(
      cachedPagePath('/search', search(`cursor=${cursor}&q=ferry&speaker=U.N.`)),
    );
    for (const query of [
      'q=',
      'q=ferry&utm=x',
      'q=a&q=b',
      'q=ferry&from=yesterday',
      'cursor=bogus',
    ])
      expect(cachedPagePath('/search', search(query)), query).toBe('/search/results');
  });

  it('reads back only keys it made', () => {
    const asKey = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(searchParamsFromKey(asKey([['q', 'ferry']]))).toEqual({ q: 'ferry' });
    for (const bogus of [
      'bogus',
      asKey([]),
      asKey([['utm', 'x']]),
      asKey([['from', 'x']]),
      asKey({ q: 'x' }),
    ])
      expect(searchParamsFromKey(bogus), bogus).toBeNull();
  });

  it('leaves other paths alone', () => {
    for (const path of ['/claims/x', '/articles/x', '/speakers/u-n/at/x', '/at/2'])
      expect(cachedPagePath(path, search(`cursor=${cursor}`)), path).toBeNull();
  });
});

describe('homePosition and listCursor', () => {
  it('read a segment back as a page number or a cursor, nothing else', () => {
    expect(homePosition('3')).toEqual({ page: 3 });
    expect(homePosition(cursor)).toEqual({ cursor });
    expect(homePosition('1')).toBeNull();
    expect(homePosition('11')).toBeNull();
    expect(homePosition('bogus')).toBeNull();
    expect(listCursor(cursor)).toBe(cursor);
    expect(listCursor('3')).toBeNull();
  });
});
