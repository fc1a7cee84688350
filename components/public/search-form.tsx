import type { RatingScale } from '@/lib/ratings';
import type { VerdictQuery } from '@/lib/schemas/verdict-query';

const inputClass = 'w-full rounded border border-slate-500 px-2 py-1.5 text-sm';

/** A plain GET form: works without JavaScript. */
export function SearchForm({
  query = {},
  ratingScale,
}: {
  query?: Partial<VerdictQuery>;
  ratingScale: RatingScale;
}) {
  return (
    <form
      role="search"
      action="/search"
      method="get"
      aria-label="Search fact checks"
      className="grid grid-cols-1 gap-3 sm:grid-cols-2"
    >
      <div className="sm:col-span-2">
        <label htmlFor="search-q" className="block text-sm font-medium">
          Words in the claim, summary or speaker
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ''}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="search-speaker" className="block text-sm font-medium">
          Speaker
        </label>
        <input
          id="search-speaker"
          name="speaker"
          defaultValue={query.speaker ?? ''}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="search-rating" className="block text-sm font-medium">
          Rating
        </label>
        <select
          id="search-rating"
          name="rating"
          defaultValue={query.rating ?? ''}
          className={inputClass}
        >
          <option value="">Any rating</option>
          {ratingScale.entries.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {entry.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="search-from" className="block text-sm font-medium">
          Published from
        </label>
        <input
          id="search-from"
          name="from"
          type="date"
          defaultValue={query.from ?? ''}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="search-to" className="block text-sm font-medium">
          Published to
        </label>
        <input
          id="search-to"
          name="to"
          type="date"
          defaultValue={query.to ?? ''}
          className={inputClass}
        />
      </div>
      <div className="sm:col-span-2">
        <button
          type="submit"
          className="rounded bg-blue-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-900"
        >
          Search
        </button>
      </div>
    </form>
  );
}
