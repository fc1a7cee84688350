import { SEARCH_METADATA, SearchResults } from '@/components/public/search-results';

// A search that cannot be cached whole (an unknown, repeated or invalid parameter; see
// lib/public/search-key.ts), rewritten here by proxy.ts: rendered per request from cached reads.
export const metadata = SEARCH_METADATA;

export default async function SearchResultsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <SearchResults rawParams={await searchParams} />;
}
