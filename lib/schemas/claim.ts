import { z } from 'zod';
import { Priority, SourceKind, SourceStance } from '@/lib/generated/prisma/enums';
import { MAX_STATEMENT_LENGTH } from '@/lib/statement-limit';
import { boundedDate, boundedIsoDate } from './dates';
import { RATING_KEY } from './rating-scale';
import { MAX_INT4, recordId, recordVersion, safeText } from './safe-text';

const nullableText = (max: number, label: string) =>
  safeText()
    .trim()
    .max(max, `${label} is too long (max ${max} characters).`)
    .transform((v) => v || null)
    .nullable()
    .optional();

/** A character offset into an article (an int4 column). */
const offset = (min: number) => z.number().int().min(min).max(MAX_INT4);

export const PRIORITIES = Object.values(Priority);

/** The claim as checked, in one sentence (see lib/extraction/statement.ts for the prefilled one). */
export const statementText = safeText()
  .trim()
  .min(1, 'Write what is being checked as one sentence.')
  .max(MAX_STATEMENT_LENGTH, `Keep the statement under ${MAX_STATEMENT_LENGTH} characters.`);

// Strict: a field it does not list (state, rating, slug…) is refused by name, never silently dropped.
export const claimUpdateSchema = z
  .strictObject({
    version: recordVersion,
    start: offset(0).optional(),
    end: offset(1).optional(),
    statement: statementText.optional(),
    speaker: nullableText(200, 'Speaker'),
    speakerRole: nullableText(200, 'Role'),
    assigneeId: recordId.nullable().optional(),
    dueAt: boundedDate('Enter a valid due date.').nullable().optional(),
    priority: z.enum(Priority).optional(),
    checkworthy: z.boolean().optional(),
  })
  .refine((v) => (v.start === undefined) === (v.end === undefined), {
    message: 'Give both start and end to change the span.',
    path: ['end'],
  })
  .refine((v) => v.start === undefined || v.end === undefined || v.end > v.start, {
    message: 'The span must end after it starts.',
    path: ['end'],
  });
export type ClaimUpdateInput = z.infer<typeof claimUpdateSchema>;

export const newClaimSchema = z.object({
  start: offset(0),
  end: offset(1),
  speaker: nullableText(200, 'Speaker'),
  speakerRole: nullableText(200, 'Role'),
});

export const splitClaimSchema = z.object({ version: recordVersion, at: offset(1) });
export const mergeClaimsSchema = z.object({
  claimIds: z.array(recordId).min(2, 'Choose at least two claims to merge.'),
  versions: z.record(recordId, recordVersion),
});

export const SOURCE_KINDS = Object.values(SourceKind);
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  PRIMARY_DOCUMENT: 'Primary document',
  OFFICIAL_STATEMENT: 'Official statement',
  DATASET: 'Dataset',
  EXPERT: 'Expert',
  NEWS_REPORT: 'News report',
  OTHER: 'Other',
};
export const SOURCE_STANCES = Object.values(SourceStance);
export const SOURCE_STANCE_LABELS: Record<SourceStance, string> = {
  SUPPORTS: 'Supports',
  CONTRADICTS: 'Contradicts',
  CONTEXT: 'Context',
};
/** The same stances in the words readers see on the public site. */
export const SOURCE_STANCE_READER_LABELS: Record<SourceStance, string> = {
  SUPPORTS: 'Supports the claim',
  CONTRADICTS: 'Contradicts the claim',
  CONTEXT: 'Gives context',
};

export const httpUrl = safeText()
  .trim()
  .min(1, 'Enter a URL.')
  .max(2000)
  .url('Enter a full URL starting with http:// or https://.')
  .refine((value) => /^https?:\/\//i.test(value), 'Only http and https links are allowed.');

const today = () => new Date().toISOString().slice(0, 10);

/** `YYYY-MM-DD`, not after today (UTC, a day's grace for time zones ahead); empty means not recorded. */
const accessedOn = z
  .union([
    z.literal('').transform(() => null),
    boundedIsoDate('Enter the date you read the source.').refine(
      (value) => value <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      'The access date cannot be in the future.',
    ),
  ])
  .nullable()
  .optional();

export const sourceSchema = z.object({
  version: recordVersion,
  url: httpUrl,
  title: safeText().trim().min(1, 'Enter a title.').max(300),
  kind: z.enum(SourceKind, { message: 'Choose what kind of source this is.' }),
  stance: z.enum(SourceStance, { message: 'Choose what the source shows.' }),
  note: safeText().trim().max(2000).optional().nullable(),
  accessedOn,
  archiveUrl: z
    .union([z.literal('').transform(() => null), httpUrl])
    .nullable()
    .optional(),
});
export type SourceInput = z.input<typeof sourceSchema>;
/** What a source form starts with: the day it is added is usually the day it was read. */
export const defaultAccessedOn = today;

/** Removing a source: only the claim version the remover saw. */
export const sourceRemoveSchema = z.object({ version: recordVersion });

export const verdictSchema = z.object({
  version: recordVersion,
  // A key of the rating scale; the server also checks that the scale offers it (lib/data/evidence.ts).
  rating: z.string({ message: 'Choose a rating.' }).regex(RATING_KEY, 'Choose a rating.'),
  summary: safeText()
    .trim()
    .min(1, 'Write a one-line summary.')
    .max(280, 'Keep the summary to one line (280 characters).')
    .refine((v) => !/\n/.test(v), 'The summary must be one line.'),
  explanation: safeText().trim().min(1, 'Explain the verdict.').max(20000),
});
export type VerdictInput = z.infer<typeof verdictSchema>;

export const noteSchema = z.object({ body: safeText().trim().min(1, 'Write a note.').max(4000) });
