import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { rolesWith } from '@/lib/auth/permissions';
import { claimDetailSchema, claimListSchema } from '@/lib/schemas/api/claim';
import {
  CONTENT_LOCKED_STATES,
  EVIDENCE_STATES,
  SPAN_EDITABLE_STATES,
} from '@/lib/workflow/states';
import { claimIdPath, sourcePath, versionQuery } from './params';
import {
  claimQuery,
  claimUpdateBody,
  sourceCreateBody,
  sourceUpdateBody,
  verdictProposalBody,
} from './request-schemas';
import { errorResponses } from './responses';

const listed = (states: readonly string[]) => states.map((state) => `\`${state}\``).join(', ');
const claimResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: claimDetailSchema } },
});

export const claimPaths: ZodOpenApiPathsObject = {
  '/api/v1/claims': {
    get: {
      tags: ['Claims'],
      operationId: 'listClaims',
      summary: 'The claim queue, filtered, sorted and paged by cursor (50 per page)',
      description:
        'Query parameters are validated by `claimListQuerySchema` (`lib/schemas/claim-filters.ts`): an empty value counts as absent; an invalid value is a 422 `invalid` (with `fields`), not an empty list. Unknown parameters are ignored. Pages are read by keyset: follow `next` (also a `Link: rel="next"` header) with `cursor`; `page` reaches the first 10 pages only, and a page past the end returns an empty `claims` array. `total` is counted up to a cap (`totalCapped`) or estimated (`totalApproximate`), never over the whole table.',
      requestParams: { query: claimQuery },
      responses: {
        200: {
          description: 'One page of claims and the total matching.',
          content: { 'application/json': { schema: claimListSchema } },
        },
        ...errorResponses(401, 422, 500),
      },
    },
  },
  '/api/v1/claims/{id}': {
    get: {
      tags: ['Claims'],
      operationId: 'getClaim',
      summary: 'One claim with its sentence, verdict, sources, reviews and publications',
      requestParams: { path: claimIdPath },
      responses: { 200: claimResponse('The claim.'), ...errorResponses(401, 404, 500) },
    },
    patch: {
      tags: ['Claims'],
      operationId: 'updateClaim',
      summary:
        'Edit a claim’s span, speaker, role, assignee, due date, priority or checkworthiness',
      description: `Only the fields sent change; any other field (\`state\`, \`rating\`, \`slug\`…) is refused with 422 naming it in \`fields\`, and an edit that changes nothing answers 200 with the claim as it was (same \`version\`, no audit entry). \`start\` and \`end\` must be sent together and re-span the claim over the article text; that is allowed only in ${listed(SPAN_EDITABLE_STATES)} (otherwise 422). What the verdict covers is locked from submission for review: \`speaker\` and \`speakerRole\` cannot change while the claim is ${listed(CONTENT_LOCKED_STATES)} (422). Assignee, due date, priority and checkworthiness may change in any state. Assigning the claim to someone other than yourself (a non-null \`assigneeId\` that is not your id) is for ${rolesWith('claims.assign')} only (403 otherwise); the assignee must be an active user (422 with \`fields.assigneeId\` otherwise).`,
      requestParams: { path: claimIdPath },
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: claimUpdateBody,
            example: {
              version: 3,
              speaker: 'Mayor Ana Ruiz',
              priority: 'HIGH',
              dueAt: '2026-11-28T17:00:00Z',
            },
          },
        },
      },
      responses: {
        200: claimResponse('The claim after the edit.'),
        ...errorResponses(400, 401, 403, 404, 409, 422, 500),
      },
    },
  },
  '/api/v1/claims/{id}/sources': {
    post: {
      tags: ['Claims'],
      operationId: 'addSource',
      summary: 'Add a source to a claim',
      description: `Only while the claim is ${listed(EVIDENCE_STATES)} (otherwise 422). Bumps the claim’s version.`,
      requestParams: { path: claimIdPath },
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: sourceCreateBody,
            example: {
              version: 2,
              url: 'https://example.org/council-minutes.pdf',
              title: 'Council minutes, 24 Nov',
              kind: 'PRIMARY_DOCUMENT',
              stance: 'SUPPORTS',
            },
          },
        },
      },
      responses: {
        201: claimResponse('The claim with the new source in `sources`.'),
        ...errorResponses(400, 401, 404, 409, 422, 500),
      },
    },
  },
  '/api/v1/claims/{id}/sources/{sourceId}': {
    patch: {
      tags: ['Claims'],
      operationId: 'updateSource',
      summary: 'Correct a source (replaces all its fields)',
      description: `Only while the claim is ${listed(EVIDENCE_STATES)} (otherwise 422; reopen a published claim first). Bumps the claim’s version and is recorded in the audit trail with what changed. Published verdicts keep the sources they were published with.`,
      requestParams: { path: sourcePath },
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: sourceUpdateBody,
            example: {
              version: 5,
              url: 'https://example.org/council-minutes-24-nov.pdf',
              title: 'Council minutes, 24 Nov',
              kind: 'PRIMARY_DOCUMENT',
              stance: 'SUPPORTS',
              accessedOn: '2026-11-25',
              archiveUrl: 'https://web.archive.org/web/2026/https://example.org/minutes.pdf',
            },
          },
        },
      },
      responses: {
        200: claimResponse('The claim with the corrected source in `sources`.'),
        ...errorResponses(400, 401, 404, 409, 422, 500),
      },
    },
    delete: {
      tags: ['Claims'],
      operationId: 'removeSource',
      summary: 'Remove a source',
      description: `Only while the claim is ${listed(EVIDENCE_STATES)} (otherwise 422). The claim’s \`version\` goes in the query string. Bumps the version; the audit trail keeps what the source was. Published verdicts keep the sources they were published with.`,
      requestParams: { path: sourcePath, query: versionQuery },
      responses: {
        200: claimResponse('The claim without the source.'),
        ...errorResponses(400, 401, 404, 409, 422, 500),
      },
    },
  },
  '/api/v1/claims/{id}/verdict': {
    post: {
      tags: ['Claims'],
      operationId: 'proposeVerdict',
      summary: 'Propose (or replace) the claim’s verdict',
      description: `Only while the claim is ${listed(EVIDENCE_STATES)} (otherwise 422). The caller becomes the verdict’s author (\`verdictAuthor\`).`,
      requestParams: { path: claimIdPath },
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: verdictProposalBody,
            example: {
              version: 4,
              rating: 'MOSTLY_TRUE',
              summary: 'The budget was $4.2 million, but $0.6 million of it is carried over.',
              explanation: 'The minutes show …',
            },
          },
        },
      },
      responses: {
        200: claimResponse('The claim with the proposed verdict.'),
        ...errorResponses(400, 401, 404, 409, 422, 500),
      },
    },
  },
};
