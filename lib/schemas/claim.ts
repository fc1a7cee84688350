import { z } from 'zod';
import { RATING_ORDER } from '@/lib/ratings';
import { boundedDate } from './dates';

const version = z.number({ message: 'version is required' }).int().positive();
const nullableText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is too long (max ${max} characters).`)
    .transform((v) => v || null)
    .nullable()
    .optional();

export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;

export const claimUpdateSchema = z
  .object({
    version,
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(1).optional(),
    speaker: nullableText(200, 'Speaker'),
    speakerRole: nullableText(200, 'Role'),
    assigneeId: z.string().min(1).nullable().optional(),
    dueAt: boundedDate('Enter a valid due date.').nullable().optional(),
    priority: z.enum(PRIORITIES).optional(),
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
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  speaker: nullableText(200, 'Speaker'),
  speakerRole: nullableText(200, 'Role'),
});

export const splitClaimSchema = z.object({ version, at: z.number().int().min(1) });
export const mergeClaimsSchema = z.object({
  claimIds: z.array(z.string().min(1)).min(2, 'Choose at least two claims to merge.'),
  versions: z.record(z.string(), z.number().int()),
});

export const SOURCE_KINDS = [
  'PRIMARY_DOCUMENT',
  'OFFICIAL_STATEMENT',
  'DATASET',
  'EXPERT',
  'NEWS_REPORT',
  'OTHER',
] as const;
export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  PRIMARY_DOCUMENT: 'Primary document',
  OFFICIAL_STATEMENT: 'Official statement',
  DATASET: 'Dataset',
  EXPERT: 'Expert',
  NEWS_REPORT: 'News report',
  OTHER: 'Other',
};
export const SOURCE_STANCES = ['SUPPORTS', 'CONTRADICTS', 'CONTEXT'] as const;
export const SOURCE_STANCE_LABELS: Record<(typeof SOURCE_STANCES)[number], string> = {
  SUPPORTS: 'Supports',
  CONTRADICTS: 'Contradicts',
  CONTEXT: 'Context',
};
/** The same stances in the words readers see on the public site. */
export const SOURCE_STANCE_READER_LABELS: Record<(typeof SOURCE_STANCES)[number], string> = {
  SUPPORTS: 'Supports the claim',
  CONTRADICTS: 'Contradicts the claim',
  CONTEXT: 'Gives context',
};

export const httpUrl = z
  .string()
  .trim()
  .min(1, 'Enter a URL.')
  .max(2000)
  .url('Enter a full URL starting with http:// or https://.')
  .refine((value) => /^https?:\/\//i.test(value), 'Only http and https links are allowed.');

export const sourceSchema = z.object({
  version,
  url: httpUrl,
  title: z.string().trim().min(1, 'Enter a title.').max(300),
  kind: z.enum(SOURCE_KINDS, { message: 'Choose what kind of source this is.' }),
  stance: z.enum(SOURCE_STANCES, { message: 'Choose what the source shows.' }),
  note: z.string().trim().max(2000).optional().nullable(),
});
export type SourceInput = z.infer<typeof sourceSchema>;

export const verdictSchema = z.object({
  version,
  rating: z.enum(RATING_ORDER, { message: 'Choose a rating.' }),
  summary: z
    .string()
    .trim()
    .min(1, 'Write a one-line summary.')
    .max(280, 'Keep the summary to one line (280 characters).')
    .refine((v) => !/\n/.test(v), 'The summary must be one line.'),
  explanation: z.string().trim().min(1, 'Explain the verdict.').max(20000),
});
export type VerdictInput = z.infer<typeof verdictSchema>;

export const noteSchema = z.object({ body: z.string().trim().min(1, 'Write a note.').max(4000) });
