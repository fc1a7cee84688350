'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import {
  createRatingAction,
  updateRatingAction,
  updateRatingBoundsAction,
} from '@/lib/actions/rating-scale';
import type { RatingEntry } from '@/lib/ratings';
import {
  ratingBoundsSchema,
  ratingEntrySchema,
  type RatingBounds,
  type RatingEntryInput,
} from '@/lib/schemas/rating-scale';

interface Bounds {
  best: number;
  worst: number;
}

const BLANK: RatingEntryInput = { name: '', description: '', colour: '#475569', ratingValue: '' };

/** Adds a rating (no `entry`) or edits one: name, description, colour and ClaimReview value. */
export function RatingEntryForm({ entry, bounds }: { entry?: RatingEntry; bounds: Bounds }) {
  const state = useActionForm<RatingEntryInput, unknown>({
    schema: ratingEntrySchema,
    action: entry ? (input) => updateRatingAction(entry.key, input) : createRatingAction,
    defaultValues: entry
      ? {
          name: entry.name,
          description: entry.description,
          colour: entry.colour,
          ratingValue: entry.ratingValue === null ? '' : String(entry.ratingValue),
        }
      : BLANK,
    resetOnSuccess: !entry,
    success: entry ? 'Rating saved.' : 'Rating added at the end of the scale.',
  });
  const low = Math.min(bounds.best, bounds.worst);
  const high = Math.max(bounds.best, bounds.worst);
  return (
    <ActionForm
      state={state}
      label={entry ? `Edit ${entry.name}` : 'New rating'}
      className="grid grid-cols-1 gap-2 sm:grid-cols-[2fr_1fr_1fr]"
    >
      <TextField name="name" label="Name" />
      <TextField name="colour" label="Colour" type="color" className="h-9 w-full" />
      <TextField
        name="ratingValue"
        label={`ClaimReview value (${low}–${high}, blank for none)`}
        type="number"
        min={low}
        max={high}
      />
      <div className="sm:col-span-3">
        <TextField name="description" label="Description (what the rating means)" />
      </div>
      <SubmitRow className="sm:col-span-3">{entry ? 'Save rating' : 'Add rating'}</SubmitRow>
    </ActionForm>
  );
}

/** The declared ClaimReview scale: schema.org bestRating and worstRating. */
export function RatingBoundsForm({ initial }: { initial: RatingBounds }) {
  const state = useActionForm({
    schema: ratingBoundsSchema,
    action: updateRatingBoundsAction,
    defaultValues: initial,
    success: 'Scale saved. New publications use it.',
  });
  return (
    <ActionForm state={state} label="ClaimReview scale" className="grid grid-cols-2 gap-2">
      <TextField
        name="best"
        label="Best value (bestRating)"
        type="number"
        options={{ valueAsNumber: true }}
      />
      <TextField
        name="worst"
        label="Worst value (worstRating)"
        type="number"
        options={{ valueAsNumber: true }}
      />
      <SubmitRow className="col-span-2">Save scale</SubmitRow>
    </ActionForm>
  );
}
