import { z } from 'zod';

/**
 * One line of the newsroom training-data JSONL (`npm run export:training-data`), also accepted by
 * `npm run train:checkworthiness -- --extra FILE`. `checkworthy` is null when the journalists' decision says
 * nothing about check-worthiness (a span or speaker correction alone); the trainer skips those lines.
 */
export const trainingRecordSchema = z.object({
  text: z.string().min(1),
  checkworthy: z.boolean().nullable(),
  reason: z.string(),
  sentence: z.string().nullable().optional(),
  speaker: z.string().nullable().optional(),
  speakerRole: z.string().nullable().optional(),
  corrections: z
    .object({
      span: z.object({ from: z.string(), to: z.string() }).optional(),
      speaker: z.object({ from: z.string().nullable(), to: z.string().nullable() }).optional(),
    })
    .optional(),
  claimId: z.string().optional(),
  articleId: z.string().optional(),
});

export type TrainingRecord = z.infer<typeof trainingRecordSchema>;
