import type { Metadata } from 'next';
import { SearchForm } from '@/components/public/search-form';
import { getRatingScale } from '@/lib/data/public/cached';

// The empty form, cached whole; a search (any query string) is rewritten by proxy.ts to ./results.
export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'Search fact checks',
  description: 'Search published fact checks by words, speaker, rating and date.',
};

export default async function SearchPage() {
  const ratingScale = await getRatingScale();
  return (
    <>
      <h1 className="text-2xl font-semibold">Search fact checks</h1>
      <div className="mt-4">
        <SearchForm ratingScale={ratingScale} />
      </div>
    </>
  );
}
