import { z } from 'zod';
import { type DomainErrorCode, HTTP_STATUS } from '@/lib/errors';

/** Every code the API may answer with: the domain errors plus `internal` for a bug (500). */
export type ApiErrorCode = DomainErrorCode | 'internal';
export const API_ERROR_STATUS: Record<ApiErrorCode, number> = { ...HTTP_STATUS, internal: 500 };

const pascal = (code: string) =>
  code.replace(/(^|_)([a-z])/g, (_match, _sep: string, letter: string) => letter.toUpperCase());

function errorBodySchema(code: ApiErrorCode) {
  return z
    .strictObject({
      error: z.strictObject({
        code: z.literal(code),
        message: z.string().meta({ description: 'A human-readable explanation, safe to show.' }),
        fields: z.record(z.string(), z.string()).optional().meta({
          description:
            'For validation errors: each bad field’s path (dot-joined, e.g. `claimIds.0`; `_` for the whole body) mapped to a message.',
        }),
      }),
    })
    .meta({ id: `${pascal(code)}Error`, description: `HTTP ${API_ERROR_STATUS[code]}.` });
}

/** `{error: {code, message, fields?}}` per code, with `code` fixed to the one its status carries. */
export const errorBodySchemas = Object.fromEntries(
  (Object.keys(API_ERROR_STATUS) as ApiErrorCode[]).map((code) => [code, errorBodySchema(code)]),
) as Record<ApiErrorCode, ReturnType<typeof errorBodySchema>>;
