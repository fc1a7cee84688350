import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { PUBLIC_CACHE_CONTROL } from '@/lib/data/public/http-cache';
import { PUBLIC_PAGE_SIZE } from '@/lib/schemas/verdict-query';
import { verdictDetailSchema, verdictListSchema } from '@/lib/schemas/api/verdict';
import { verdictIdPath } from './params';
import { verdictQuery } from './request-schemas';
import {
  cacheHeaders,
  errorResponseFor,
  errorResponses,
  ifNoneMatchHeader,
  notModifiedResponse,
} from './responses';

const invalidRating = 'Not a rating of the scale.';

export const verdictPaths: ZodOpenApiPathsObject = {
  '/api/v1/verdicts': {
    get: {
      tags: ['Public verdicts'],
      operationId: 'listVerdicts',
      summary: `Published verdicts, newest first, ${PUBLIC_PAGE_SIZE} per page (keyset cursors)`,
      description: `Only each claim's latest live publication is listed; unpublished and withdrawn verdicts do not exist for this API. Page through with \`cursor\` (the response's \`next\`/\`prev\`, also in a \`Link\` header); \`page\` numbers work for the first 10 pages only. Query parameters are validated by \`verdictQuerySchema\`; an invalid one is a 422 \`invalid\` with \`fields\`. Responses carry a strong \`ETag\` and \`Cache-Control: ${PUBLIC_CACHE_CONTROL}\`; send it back in \`If-None-Match\` to get 304.`,
      security: [],
      requestParams: { query: verdictQuery, header: ifNoneMatchHeader },
      responses: {
        200: {
          description: 'One page of verdicts.',
          headers: cacheHeaders,
          content: { 'application/json': { schema: verdictListSchema } },
        },
        304: notModifiedResponse,
        422: errorResponseFor(
          'invalid',
          'A query parameter is invalid (e.g. `page=abc` or `page=11`, a `cursor` this API did not give out, `rating=BOGUS`, `from=yesterday`, `from` after `to`, `q` over 200 characters).',
          `The query is not valid: rating: ${invalidRating}`,
        ),
        ...errorResponses(500),
      },
    },
  },
  '/api/v1/verdicts/{id}': {
    get: {
      tags: ['Public verdicts'],
      operationId: 'getVerdict',
      summary: 'One published verdict, with its corrections',
      description:
        '`id` is the claim’s slug (the same string as in the public page `/claims/{id}`), stable across corrections. Same ETag / Cache-Control / 304 behaviour as the list.',
      security: [],
      requestParams: { path: verdictIdPath, header: ifNoneMatchHeader },
      responses: {
        200: {
          description: 'The verdict as readers see it (the latest live publication).',
          headers: cacheHeaders,
          content: { 'application/json': { schema: verdictDetailSchema } },
        },
        304: notModifiedResponse,
        404: errorResponseFor(
          'not_found',
          'No published verdict has this id.',
          'No published verdict has this id.',
        ),
        ...errorResponses(500),
      },
    },
  },
};
