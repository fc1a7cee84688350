// The enums the API answers with, straight from Prisma's generated enums (one source of truth).
import { z } from 'zod';
import {
  Attribution,
  ClaimKind,
  ClaimState,
  DismissReason,
  ExtractionStatus,
  Priority,
  Rating,
  ReviewDecision,
  Role,
  SourceKind,
  SourceStance,
} from '@/lib/generated/prisma/enums';
import { RATINGS } from '@/lib/ratings';

export const claimStateSchema = z.enum(ClaimState).meta({ id: 'ClaimState' });
export const extractionStatusSchema = z.enum(ExtractionStatus).meta({
  id: 'ExtractionStatus',
  description:
    '`DONE`: the claims are saved. `PENDING`: a long article, saved at once; its claims are being extracted by a background job (poll `GET /api/v1/articles/{id}`). `FAILED`: see `extractionError`; retried automatically, and from the newsroom.',
});
export const ratingSchema = z.enum(Rating).meta({
  id: 'Rating',
  description: `ClaimReview ratingValue: ${Object.entries(RATINGS)
    .map(([rating, info]) => `\`${rating}\` ${info.ratingValue ?? 'none (named only)'}`)
    .join(', ')}.`,
});
export const ratingLabelSchema = z
  .enum(Object.values(RATINGS).map((info) => info.label))
  .meta({ id: 'RatingLabel', description: 'The rating in readers’ words.' });
export const prioritySchema = z.enum(Priority).meta({ id: 'Priority' });
export const sourceKindSchema = z.enum(SourceKind).meta({ id: 'SourceKind' });
export const sourceStanceSchema = z.enum(SourceStance).meta({ id: 'SourceStance' });
export const dismissReasonSchema = z.enum(DismissReason).meta({ id: 'DismissReason' });
export const claimKindSchema = z.enum(ClaimKind).meta({ id: 'ClaimKind' });
export const attributionSchema = z.enum(Attribution).meta({ id: 'Attribution' });
export const reviewDecisionSchema = z.enum(ReviewDecision).meta({ id: 'ReviewDecision' });
export const roleSchema = z.enum(Role).meta({ id: 'Role' });
