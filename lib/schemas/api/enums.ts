// The enums the API answers with, straight from Prisma's generated enums (one source of truth).
import { z } from 'zod';
import {
  Attribution,
  ClaimKind,
  ClaimState,
  DismissReason,
  ExtractionStatus,
  Priority,
  ReviewDecision,
  Role,
  SourceKind,
  SourceStance,
} from '@/lib/generated/prisma/enums';
import { ratingKey } from '@/lib/schemas/rating-scale';

export const claimStateSchema = z.enum(ClaimState).meta({ id: 'ClaimState' });
export const extractionStatusSchema = z.enum(ExtractionStatus).meta({
  id: 'ExtractionStatus',
  description:
    '`DONE`: the claims are saved. `PENDING`: a long article, saved at once; its claims are being extracted by a background job (poll `GET /api/v1/articles/{id}`). `FAILED`: see `extractionError`; retried automatically, and from the newsroom.',
});
export const ratingSchema = ratingKey.meta({
  id: 'Rating',
  description:
    'The key of an entry of the newsroom’s rating scale, which admins define (seeded with `TRUE`, `MOSTLY_TRUE`, `MIXED`, `MOSTLY_FALSE`, `FALSE`, `MISLEADING`, `UNPROVEN`).',
});
export const ratingLabelSchema = z.string().meta({
  id: 'RatingLabel',
  description: 'The rating in readers’ words (its name on the scale).',
});
export const prioritySchema = z.enum(Priority).meta({ id: 'Priority' });
export const sourceKindSchema = z.enum(SourceKind).meta({ id: 'SourceKind' });
export const sourceStanceSchema = z.enum(SourceStance).meta({ id: 'SourceStance' });
export const dismissReasonSchema = z.enum(DismissReason).meta({ id: 'DismissReason' });
export const claimKindSchema = z.enum(ClaimKind).meta({ id: 'ClaimKind' });
export const attributionSchema = z.enum(Attribution).meta({ id: 'Attribution' });
export const reviewDecisionSchema = z.enum(ReviewDecision).meta({ id: 'ReviewDecision' });
export const roleSchema = z.enum(Role).meta({ id: 'Role' });
