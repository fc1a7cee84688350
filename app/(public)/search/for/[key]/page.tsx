import { notFound } from 'next/navigation';
import { SEARCH_METADATA, SearchResults } from '@/components/public/search-results';
import { searchParamsFromKey } from '@/lib/public/search-key';

// A search with valid parameters (`/search?q=…`, rewritten here by proxy.ts), cached whole per
// query on first view and expired by tag like every reader page.
export const revalidate = 3600;
export const generateStaticParams = async () => [];
export const metadata = SEARCH_METADATA;

export default async function SearchForPage({ params }: { params: Promise<{ key: string }> }) {
  const rawParams = searchParamsFromKey((await params).key);
  if (!rawParams) notFound();
  return <SearchResults rawParams={rawParams} />;
}
