import Form from 'next/form';
import Link from 'next/link';
import { inputClass, secondaryButtonClass } from '@/components/ui/field';
import { STATE_LABELS, CLAIM_STATES } from '@/lib/workflow/states';
import { CLAIM_KINDS, type ClaimViewFilters } from '@/lib/schemas/claim-view-filters';
import { hasFilters } from './claim-view-filters';

const kindLabel = (kind: string) => kind.charAt(0) + kind.slice(1).toLowerCase();

/** Filters for the claim list, kept in the URL so a filtered view can be shared and survives a reload. */
export function ClaimFilters({
  articleId,
  filters,
  speakers,
}: {
  articleId: string;
  filters: ClaimViewFilters;
  speakers: string[];
}) {
  return (
    <Form
      action={`/newsroom/articles/${articleId}`}
      aria-label="Filter claims"
      className="mb-3 flex flex-wrap items-end gap-2 text-sm"
    >
      <label className="flex flex-col gap-1">
        <span className="font-medium">State</span>
        <select name="state" defaultValue={filters.state ?? ''} className={inputClass}>
          <option value="">All states</option>
          {CLAIM_STATES.map((state) => (
            <option key={state} value={state}>
              {STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">Kind</span>
        <select name="kind" defaultValue={filters.kind ?? ''} className={inputClass}>
          <option value="">All kinds</option>
          {CLAIM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">Speaker</span>
        <select name="speaker" defaultValue={filters.speaker ?? ''} className={inputClass}>
          <option value="">All speakers</option>
          {speakers.map((speaker) => (
            <option key={speaker} value={speaker}>
              {speaker}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1 pb-1.5">
        <input
          type="checkbox"
          name="checkworthy"
          value="1"
          defaultChecked={!!filters.checkworthy}
        />
        Check-worthy only
      </label>
      <button type="submit" className={secondaryButtonClass}>
        Filter
      </button>
      {hasFilters(filters) ? (
        <Link
          href={`/newsroom/articles/${articleId}`}
          className="pb-1.5 text-blue-800 hover:underline"
        >
          Clear filters
        </Link>
      ) : null}
    </Form>
  );
}
