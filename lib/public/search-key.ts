import { fromBase64urlJson, toBase64urlJson } from '@/lib/base64url-json';
import { verdictQuerySchema } from '@/lib/schemas/verdict-query';

// A search whose every parameter is valid is cached whole per query, like a further page of a
// list: proxy.ts rewrites `/search?q=…` to `/search/for/<key>`, the key being the parameters in a
// fixed order as base64url JSON. Anything else (an unknown, repeated or invalid parameter) renders
// per request at `/search/results`, which says what it left out.

const SEARCH_PARAMS = ['q', 'speaker', 'rating', 'from', 'to', 'page', 'cursor'] as const;
type SearchParam = (typeof SEARCH_PARAMS)[number];
const isSearchParam = (name: string): name is SearchParam =>
  (SEARCH_PARAMS as readonly string[]).includes(name);

/** Longest key made into a route; a longer query (only possible near every field's limit) renders per request. */
const MAX_KEY_LENGTH = 800;

/** The cache key of a search with these parameters, or null when it must render per request. */
export function searchKey(search: URLSearchParams): string | null {
  const pairs: [SearchParam, string][] = [];
  for (const name of new Set(search.keys())) {
    if (!isSearchParam(name) || search.getAll(name).length > 1) return null;
  }
  for (const name of SEARCH_PARAMS) {
    const value = search.get(name);
    if (value) pairs.push([name, value]);
  }
  if (!pairs.length || !verdictQuerySchema.safeParse(Object.fromEntries(pairs)).success)
    return null;
  const key = toBase64urlJson(pairs);
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

/** The parameters behind a key searchKey made; null for any other segment. */
export function searchParamsFromKey(key: string): Record<string, string> | null {
  if (key.length > MAX_KEY_LENGTH) return null;
  const pairs = fromBase64urlJson(key);
  if (
    !Array.isArray(pairs) ||
    pairs.length === 0 ||
    !pairs.every(
      (pair) =>
        Array.isArray(pair) &&
        pair.length === 2 &&
        typeof pair[0] === 'string' &&
        isSearchParam(pair[0]) &&
        typeof pair[1] === 'string',
    )
  )
    return null;
  const params = Object.fromEntries(pairs as [string, string][]);
  return verdictQuerySchema.safeParse(params).success ? params : null;
}
