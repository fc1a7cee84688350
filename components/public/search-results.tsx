import type { Metadata } from 'next';
import { Pagination } from '@/components/public/pagination';
import { SearchForm } from '@/components/public/search-form';
import { VerdictList } from '@/components/public/verdict-list';
import { ignoredVerdictParams, lenientVerdictQuery } from '@/lib/schemas/verdict-query';
import { countLabel } from '@/lib/data/public/verdict-counts';
import { getRatingScale, listPublishedVerdicts } from '@/lib/data/public/cached';

type PageParams = Record<string, string | string[] | undefined>;

export const SEARCH_METADATA: Metadata = {
  title: 'Search fact checks',
  description: 'Search published fact checks by words, speaker, rating and date.',
};

/** The search page with a query: the form filled in, what was left out, and the matches. */
export async function SearchResults({ rawParams }: { rawParams: PageParams }) {
  const query = lenientVerdictQuery(rawParams);
  const ignored = ignoredVerdictParams(rawParams);
  const searching = Boolean(query.q || query.speaker || query.rating || query.from || query.to);
  const [results, ratingScale] = await Promise.all([
    searching ? listPublishedVerdicts(query) : null,
    getRatingScale(),
  ]);
  const { page: _page, cursor: _cursor, ...params } = query;
  return (
    <>
      <h1 className="text-2xl font-semibold">Search fact checks</h1>
      <div className="mt-4">
        <SearchForm query={query} ratingScale={ratingScale} />
      </div>
      {ignored.length > 0 ? (
        <div role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>Part of this search could not be used and was left out:</p>
          <ul className="mt-1 list-disc pl-5">
            {ignored.map(({ param, message }) => (
              <li key={param}>
                <strong>{param}</strong>: {message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {results ? (
        <section aria-labelledby="results-heading" className="mt-6">
          <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
            {results.total === 0
              ? 'No fact checks match'
              : `${countLabel(results, 'fact check')} found`}
          </h2>
          <VerdictList verdicts={results.items} ratingScale={ratingScale} headingLevel={3} />
          <Pagination next={results.next} prev={results.prev} basePath="/search" params={params} />
        </section>
      ) : null}
    </>
  );
}
