// What reviewers compare between review rounds and against the published version: the verdict's
// fields (one list, so a new field such as the claim statement is one more entry) and its sources.
import { SOURCE_KIND_LABELS, SOURCE_STANCE_LABELS } from '@/lib/schemas/claim';

export interface ReviewField {
  key: 'rating' | 'summary' | 'explanation';
  label: string;
  /** The value as reviewers read it (`ratingName` names a rating scale key). */
  show: (value: string | null, ratingName: (key: string) => string) => string;
}

const asText = (value: string | null) => value ?? '';

export const REVIEW_FIELDS: readonly ReviewField[] = [
  {
    key: 'rating',
    label: 'Rating',
    show: (value, ratingName) => (value ? ratingName(value) : ''),
  },
  { key: 'summary', label: 'Summary', show: asText },
  { key: 'explanation', label: 'Explanation', show: asText },
];

export interface ReviewSource {
  url: string;
  title: string;
  kind: string;
  stance: string;
  note: string | null;
  accessedOn: string | null;
  archiveUrl: string | null;
}

export interface ReviewContent {
  fields: Partial<Record<ReviewField['key'], string | null>>;
  sources: ReviewSource[];
}

/** One source as a line reviewers can compare. */
export function describeSource(source: ReviewSource): string {
  const kind = SOURCE_KIND_LABELS[source.kind as keyof typeof SOURCE_KIND_LABELS] ?? source.kind;
  const stance =
    SOURCE_STANCE_LABELS[source.stance as keyof typeof SOURCE_STANCE_LABELS] ?? source.stance;
  return [
    `${source.title} <${source.url}>`,
    `${kind}, ${stance.toLowerCase()}`,
    source.accessedOn ? `accessed ${source.accessedOn}` : null,
    source.archiveUrl ? `archived at ${source.archiveUrl}` : null,
    source.note ? `note: ${source.note}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

export type ContentChange =
  | { kind: 'field'; label: string; before: string; after: string }
  | { kind: 'source-added'; after: string }
  | { kind: 'source-removed'; before: string }
  | { kind: 'source-changed'; before: string; after: string };

/**
 * What changed from `before` to `after`. Sources are matched by address, then by title (a corrected
 * address keeps its title), so an edit shows as a change rather than a removal and an addition.
 */
export function diffReviewContent(
  before: ReviewContent,
  after: ReviewContent,
  ratingName: (key: string) => string = (key) => key,
): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const field of REVIEW_FIELDS) {
    const was = field.show(before.fields[field.key] ?? null, ratingName);
    const now = field.show(after.fields[field.key] ?? null, ratingName);
    if (was !== now) changes.push({ kind: 'field', label: field.label, before: was, after: now });
  }
  const unmatched = [...before.sources];
  const take = (match: (source: ReviewSource) => boolean) => {
    const index = unmatched.findIndex(match);
    return index < 0 ? undefined : unmatched.splice(index, 1)[0];
  };
  const pairs = after.sources.map((source) => ({
    source,
    previous: take((s) => s.url === source.url),
  }));
  for (const pair of pairs) pair.previous ??= take((s) => s.title === pair.source.title);
  for (const { source, previous } of pairs) {
    const now = describeSource(source);
    if (!previous) changes.push({ kind: 'source-added', after: now });
    else if (describeSource(previous) !== now)
      changes.push({ kind: 'source-changed', before: describeSource(previous), after: now });
  }
  for (const gone of unmatched)
    changes.push({ kind: 'source-removed', before: describeSource(gone) });
  return changes;
}
