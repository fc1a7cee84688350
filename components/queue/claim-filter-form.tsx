import { inputClass, secondaryButtonClass } from '@/components/ui/field';
import { RATING_ORDER, RATINGS } from '@/lib/ratings';
import type { ClaimFilters } from '@/lib/schemas/claim-filters';
import { CLAIM_STATES, STATE_LABELS } from '@/lib/workflow/states';

/** A plain GET form: filters live in the URL, so a filtered queue can be bookmarked and shared. */
export function ClaimFilterForm({
  filters,
  colleagues,
  articles,
}: {
  filters: ClaimFilters;
  colleagues: { id: string; name: string }[];
  articles: { id: string; title: string }[];
}) {
  return (
    <form
      method="get"
      aria-label="Filter claims"
      className="flex flex-wrap items-end gap-3 text-sm"
    >
      <label className="flex flex-col gap-1">
        Search text
        <input name="q" defaultValue={filters.q ?? ''} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1">
        State
        <select name="state" defaultValue={filters.state ?? ''} className={inputClass}>
          <option value="">Any</option>
          {CLAIM_STATES.map((s) => (
            <option key={s} value={s}>
              {STATE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        Assignee
        <select name="assignee" defaultValue={filters.assignee ?? ''} className={inputClass}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Unassigned</option>
          {colleagues.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        Speaker
        <input name="speaker" defaultValue={filters.speaker ?? ''} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1">
        Article
        <select
          name="article"
          defaultValue={filters.article ?? ''}
          className={`${inputClass} max-w-56`}
        >
          <option value="">Any</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        Rating
        <select name="rating" defaultValue={filters.rating ?? ''} className={inputClass}>
          <option value="">Any</option>
          {RATING_ORDER.map((r) => (
            <option key={r} value={r}>
              {RATINGS[r].label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        Due
        <select name="due" defaultValue={filters.due ?? ''} className={inputClass}>
          <option value="">Any time</option>
          <option value="overdue">Overdue</option>
          <option value="week">Within a week</option>
          <option value="none">No due date</option>
        </select>
      </label>
      <input type="hidden" name="sort" value={filters.sort ?? ''} />
      <button type="submit" className={secondaryButtonClass}>
        Apply filters
      </button>
    </form>
  );
}
