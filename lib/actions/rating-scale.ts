'use server';

import { revalidatePath } from 'next/cache';
import {
  createRatingEntry,
  moveRatingEntry,
  setRatingEntryArchived,
  updateRatingBounds,
  updateRatingEntry,
} from '@/lib/data/rating-scale';
import { revalidatePublicSite } from '@/lib/public-cache';
import {
  ratingArchiveSchema,
  ratingBoundsSchema,
  ratingEntrySchema,
  ratingMoveSchema,
} from '@/lib/schemas/rating-scale';
import { authActionClient } from './action-client';

// Names and colours show on the public site and in every newsroom page with a rating.
function revalidateScale() {
  revalidatePublicSite();
  revalidatePath('/newsroom', 'layout');
}

export const createRatingAction = authActionClient
  .schema(ratingEntrySchema)
  .action(async ({ input, user }) => {
    const entry = await createRatingEntry(user, input);
    revalidateScale();
    return { key: entry.key };
  });

export const updateRatingAction = authActionClient
  .schema(ratingEntrySchema)
  .recordAction(async ({ id, input, user }) => {
    await updateRatingEntry(user, id, input);
    revalidateScale();
  });

export const moveRatingAction = authActionClient
  .schema(ratingMoveSchema)
  .recordAction(async ({ id, input, user }) => {
    await moveRatingEntry(user, id, input);
    revalidateScale();
  });

export const archiveRatingAction = authActionClient
  .schema(ratingArchiveSchema)
  .recordAction(async ({ id, input, user }) => {
    await setRatingEntryArchived(user, id, input);
    revalidateScale();
  });

export const updateRatingBoundsAction = authActionClient
  .schema(ratingBoundsSchema)
  .action(async ({ input, user }) => {
    await updateRatingBounds(user, input);
    revalidateScale();
  });
