// The error responses and cache headers routes share, registered once as components.
import { z } from 'zod';
import type { ZodOpenApiResponseObject } from 'zod-openapi';
import { PUBLIC_CACHE_CONTROL } from '@/lib/data/public/http-cache';
import { type ApiErrorCode, errorBodySchemas } from '@/lib/schemas/api/error';

function errorResponse(
  id: string,
  code: ApiErrorCode,
  description: string,
  examples: Record<string, string | { message: string; fields: Record<string, string> }>,
): ZodOpenApiResponseObject {
  return {
    id,
    description,
    content: {
      'application/json': {
        schema: errorBodySchemas[code],
        examples: Object.fromEntries(
          Object.entries(examples).map(([name, example]) => [
            name,
            {
              value: {
                error:
                  typeof example === 'string' ? { code, message: example } : { code, ...example },
              },
            },
          ]),
        ),
      },
    },
  };
}

export const ERROR_RESPONSES = {
  400: errorResponse(
    'BadRequest',
    'bad_request',
    'The body is not JSON, or was not sent with `Content-Type: application/json`.',
    {
      notJson: 'The request body is not valid JSON.',
      wrongType: 'Send a JSON body with Content-Type: application/json.',
    },
  ),
  401: errorResponse(
    'Unauthenticated',
    'unauthenticated',
    'No credentials, or an invalid or revoked API token (checked before the body is read).',
    {
      noCredentials: 'Sign in to continue.',
      badToken: 'The API token is invalid or revoked.',
    },
  ),
  403: errorResponse(
    'Forbidden',
    'forbidden',
    'The caller’s role may not do this. Nothing was changed.',
    {
      permission:
        'Only editors and admins may do this (claims.publish); you are signed in as a journalist.',
      move: 'Only editors and admins can publish.',
    },
  ),
  404: errorResponse('NotFound', 'not_found', 'No such article or claim.', {
    notFound: 'Claim not found.',
  }),
  409: errorResponse(
    'Conflict',
    'conflict',
    'The `version` sent is stale; someone changed the claim since you read it. Nothing was changed.',
    {
      stale:
        'This claim was changed by someone else (now at version 5). Reload to see the latest, then try again.',
    },
  ),
  422: errorResponse(
    'Invalid',
    'invalid',
    'An invalid body or query (`fields` names each bad field), or a move or edit the claim’s state does not allow (the message says why, and for transitions lists the legal moves). Nothing was changed.',
    {
      validation: {
        message:
          'The request is not valid: to: to must be one of EXTRACTED, SOURCING, VERIFYING, IN_REVIEW, APPROVED, PUBLISHED, DISMISSED; version: version is required',
        fields: {
          to: 'to must be one of EXTRACTED, SOURCING, VERIFYING, IN_REVIEW, APPROVED, PUBLISHED, DISMISSED',
          version: 'version is required',
        },
      },
      illegalMove:
        'A claim in Extracted cannot move to Published. From Extracted it can: start sourcing (Sourcing), dismiss (Dismissed).',
      wrongState: 'This claim cannot be changed while it is in review.',
    },
  ),
  500: errorResponse(
    'Internal',
    'internal',
    'A bug on the server’s side; nothing was changed. No stack trace is returned.',
    { internal: 'Something went wrong on our side; nothing was changed.' },
  ),
} satisfies Record<number, ZodOpenApiResponseObject>;

type ErrorStatus = keyof typeof ERROR_RESPONSES;

/** The shared error responses for the statuses a route can answer with. */
export function errorResponses(...statuses: ErrorStatus[]) {
  return Object.fromEntries(statuses.map((status) => [status, ERROR_RESPONSES[status]]));
}

/** An error response with a route-specific description and example. */
export function errorResponseFor(code: ApiErrorCode, description: string, message: string) {
  return {
    description,
    content: {
      'application/json': {
        schema: errorBodySchemas[code],
        example: { error: { code, message } },
      },
    },
  } satisfies ZodOpenApiResponseObject;
}

const etag = z.string().meta({
  header: { id: 'ETag' },
  description:
    'Strong ETag over the exact response body (the first 32 base64url characters of its SHA-256, quoted).',
  examples: ['"q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6"'],
});
const cacheControl = z
  .literal(PUBLIC_CACHE_CONTROL)
  .meta({ header: { id: 'CacheControl' }, description: `Always \`${PUBLIC_CACHE_CONTROL}\`.` });
const vary = z.literal('Accept-Encoding').meta({ header: { id: 'Vary' } });

/** The headers of every public (cacheable) response. */
export const cacheHeaders = z.object({ ETag: etag, 'Cache-Control': cacheControl, Vary: vary });

export const notModifiedResponse: ZodOpenApiResponseObject = {
  id: 'NotModified',
  description: 'The `If-None-Match` header matched the current ETag; empty body.',
  headers: cacheHeaders,
};

export const ifNoneMatchHeader = z.object({
  'If-None-Match': z
    .string()
    .optional()
    .meta({
      param: { id: 'IfNoneMatch' },
      description:
        'One or more ETags from an earlier response (strong or weak `W/` form, comma-separated), or `*`. A match gives 304.',
    }),
});
