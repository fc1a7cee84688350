import { describe, expect, it } from 'vitest';
import { cachedRoutePath } from '@/lib/public/cached-route-path';

const route = (method: string, url: string, headers: Record<string, string> = {}) => {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  return cachedRoutePath(method, pathname, searchParams, new Headers(headers));
};

describe('cachedRoutePath', () => {
  it('sends a plain GET or HEAD of a feed or the verdicts API to its copy cached whole', () => {
    expect(route('GET', '/feed.xml')).toBe('/cached/feed.xml');
    expect(route('HEAD', '/atom.xml')).toBe('/cached/atom.xml');
    expect(route('GET', '/api/v1/verdicts')).toBe('/cached/api/v1/verdicts');
    expect(route('GET', '/api/v1/verdicts/the-slug')).toBe('/cached/api/v1/verdicts/the-slug');
  });

  it('keeps conditional requests per request, so they can be answered with a 304', () => {
    expect(route('GET', '/feed.xml', { 'If-None-Match': '"abc"' })).toBeNull();
    expect(route('GET', '/api/v1/verdicts/the-slug', { 'if-none-match': '*' })).toBeNull();
  });

  it('keeps a query string, another method and every other path per request', () => {
    expect(route('GET', '/api/v1/verdicts?cursor=abc')).toBeNull();
    expect(route('GET', '/feed.xml?utm_source=x')).toBeNull();
    expect(route('POST', '/api/v1/verdicts')).toBeNull();
    expect(route('GET', '/api/v1/verdicts/a/b')).toBeNull();
    expect(route('GET', '/api/v1/verdicts.csv')).toBeNull();
    expect(route('GET', '/api/v1/claims')).toBeNull();
    expect(route('GET', '/')).toBeNull();
  });
});
