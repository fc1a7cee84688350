import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import type { RatingScale } from '@/lib/ratings';
import type { ClaimFilters } from '@/lib/schemas/claim-filters';
import { CLAIM_STATES, STATE_LABELS } from '@/lib/workflow/states';

const STATE_OPTIONS = CLAIM_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] }));
const DUE_OPTIONS = [
  { value: 'overdue', label: 'Overdue' },
  { value: 'week', label: 'Within a week' },
  { value: 'none', label: 'No due date' },
];

/** A plain GET form: filters live in the URL, so a filtered queue can be bookmarked and shared. */
export function ClaimFilterForm({
  filters,
  colleagues,
  articles,
  ratingScale,
}: {
  filters: ClaimFilters;
  colleagues: { id: string; name: string }[];
  articles: { id: string; title: string }[];
  ratingScale: RatingScale;
}) {
  const ratingOptions = ratingScale.entries.map((entry) => ({
    value: entry.key,
    label: entry.archived ? `${entry.name} (archived)` : entry.name,
  }));
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
        <Select
          name="state"
          defaultValue={filters.state ?? ''}
          placeholder="Any"
          options={STATE_OPTIONS}
        />
      </label>
      <label className="flex flex-col gap-1">
        Assignee
        <Select
          name="assignee"
          defaultValue={filters.assignee ?? ''}
          placeholder="Anyone"
          options={[
            { value: 'me', label: 'Me' },
            { value: 'none', label: 'Unassigned' },
            ...colleagues.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
      </label>
      <label className="flex flex-col gap-1">
        Speaker
        <input name="speaker" defaultValue={filters.speaker ?? ''} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1">
        Article
        <Select
          name="article"
          defaultValue={filters.article ?? ''}
          placeholder="Any"
          options={articles.map((a) => ({ value: a.id, label: a.title }))}
          className="max-w-56"
        />
      </label>
      <label className="flex flex-col gap-1">
        Rating
        <Select
          name="rating"
          defaultValue={filters.rating ?? ''}
          placeholder="Any"
          options={ratingOptions}
        />
      </label>
      <label className="flex flex-col gap-1">
        Due
        <Select
          name="due"
          defaultValue={filters.due ?? ''}
          placeholder="Any time"
          options={DUE_OPTIONS}
        />
      </label>
      {filters.sort ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      <Button type="submit" variant="secondary">
        Apply filters
      </Button>
    </form>
  );
}
