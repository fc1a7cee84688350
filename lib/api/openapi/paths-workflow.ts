import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { rolesWith } from '@/lib/auth/permissions';
import { bulkResponseSchema } from '@/lib/schemas/api/bulk';
import { claimDetailSchema } from '@/lib/schemas/api/claim';
import { MOVES, type Precondition } from '@/lib/workflow/states';
import { claimIdPath } from './params';
import { bulkBody, reviewBody, transitionBody, withdrawalBody } from './request-schemas';
import { errorResponseFor, errorResponses } from './responses';

const PRECONDITION_TEXT: Record<Precondition, string> = {
  'dismiss-reason': '`reason`',
  'source-and-verdict': 'at least one source and a proposed verdict',
  note: '`note`',
  'correction-note-if-republishing':
    '`note` (the correction note) when a verdict is already published',
  'family-verdict':
    'a confirmed match to a claim with a published verdict, whose verdict the claim takes (the newsroom claim page\'s "Use this verdict"; not this route)',
};

const moveTable = [
  '| from | to | move | who | needs |',
  '| --- | --- | --- | --- | --- |',
  ...MOVES.map(
    (move) =>
      `| \`${move.from}\` | \`${move.to}\` | ${move.action} | ${rolesWith(move.permission)} | ${move.requires.map((p) => PRECONDITION_TEXT[p]).join('; ')} |`,
  ),
].join('\n');

const claimResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: claimDetailSchema } },
});

export const workflowPaths: ZodOpenApiPathsObject = {
  '/api/v1/claims/{id}/transitions': {
    post: {
      tags: ['Workflow'],
      operationId: 'transitionClaim',
      summary: 'Move a claim to another state',
      description: `The legal moves (\`MOVES\` in \`lib/workflow/states.ts\`); any other move is a 422 whose message lists the legal ones from the current state. The version is checked first (409), then the move (422), then the role (403), then the move's preconditions (422).\n\n${moveTable}\n\n\`IN_REVIEW → APPROVED\` is not a transition: use \`POST /api/v1/claims/{id}/reviews\`.`,
      requestParams: { path: claimIdPath },
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: transitionBody,
            examples: {
              startSourcing: { value: { to: 'SOURCING', version: 1 } },
              dismiss: { value: { to: 'DISMISSED', version: 1, reason: 'OPINION' } },
              republish: {
                value: {
                  to: 'PUBLISHED',
                  version: 9,
                  note: 'We misread the statistics office table.',
                },
              },
            },
          },
        },
      },
      responses: {
        200: claimResponse('The claim in its new state, at the next version.'),
        ...errorResponses(400, 401, 403, 404, 409, 422, 500),
      },
    },
  },
  '/api/v1/claims/{id}/reviews': {
    post: {
      tags: ['Workflow'],
      operationId: 'reviewClaim',
      summary: `Approve a proposed verdict or request changes (${rolesWith('claims.review')})`,
      description:
        'Only for claims `IN_REVIEW` (otherwise 422). `approve` counts toward the newsroom’s review quorum (default 1); when approvals reach it the claim becomes `APPROVED`, else it stays `IN_REVIEW`. One editor counts once per review round: approving twice is a 409. When the quorum is above 1 the verdict’s author may not approve it (403). `request_changes` needs a `note` and moves the claim back to `VERIFYING`, starting a new review round. Other roles get 403.',
      requestParams: { path: claimIdPath },
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: reviewBody,
            examples: {
              approve: { value: { decision: 'approve', version: 6 } },
              requestChanges: {
                value: {
                  decision: 'request_changes',
                  note: 'Cite the final budget, not the draft.',
                  version: 6,
                },
              },
            },
          },
        },
      },
      responses: {
        200: claimResponse('The claim after the review.'),
        ...errorResponses(400, 401, 403, 404),
        409: errorResponseFor(
          'conflict',
          'The `version` is stale, or you have already approved this verdict in this round. Nothing was changed.',
          'You have already approved this verdict; another editor must approve it.',
        ),
        ...errorResponses(422, 500),
      },
    },
  },
  '/api/v1/claims/{id}/withdrawal': {
    post: {
      tags: ['Workflow'],
      operationId: 'withdrawPublication',
      summary: `Withdraw a claim’s published verdict (${rolesWith('claims.publish')})`,
      description:
        'Marks every live publication of the claim withdrawn, so readers no longer see it (its page is a 404 and it leaves feeds, search and the public API). A claim still `PUBLISHED` goes back to `VERIFYING` (a new review round); a claim already reopened keeps its state. 422 when the claim has no published verdict to withdraw. Other roles get 403.',
      requestParams: { path: claimIdPath },
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: withdrawalBody,
            example: { version: 8, note: 'The quoted report was retracted by its author.' },
          },
        },
      },
      responses: {
        200: claimResponse('The claim after the withdrawal.'),
        ...errorResponses(400, 401, 403, 404, 409, 422, 500),
      },
    },
  },
  '/api/v1/claims/bulk': {
    post: {
      tags: ['Workflow'],
      operationId: 'bulkClaims',
      summary: `Assign or move many claims at once (${rolesWith('claims.bulk')})`,
      description:
        'Each claim is handled on its own at its current version (no `version` is sent), with the same rules as `PATCH /claims/{id}` (assign) or `POST /claims/{id}/transitions` (move). A claim that cannot be changed does not fail the request: its result has `ok: false` and the reason as `message` (including `Claim not found.`). Results come in the order of `claimIds`. The request itself fails only for a bad body (400/422), no credentials (401) or a role without `claims.bulk` (403).',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: bulkBody,
            examples: {
              assign: {
                value: {
                  action: 'assign',
                  claimIds: ['clx1a2b3c0000abcd', 'clx1a2b3c0001abcd'],
                  assigneeId: 'clx0user0000abcd',
                },
              },
              unassign: {
                value: { action: 'assign', claimIds: ['clx1a2b3c0000abcd'], assigneeId: null },
              },
              move: {
                value: {
                  action: 'move',
                  claimIds: ['clx1a2b3c0000abcd', 'clx1a2b3c0001abcd'],
                  to: 'DISMISSED',
                  reason: 'DUPLICATE',
                },
              },
            },
          },
        },
      },
      responses: {
        200: {
          description: 'One result per claim id.',
          content: {
            'application/json': {
              schema: bulkResponseSchema,
              example: {
                results: [
                  { claimId: 'clx1a2b3c0000abcd', ok: true, message: 'Moved to DISMISSED.' },
                  {
                    claimId: 'clx1a2b3c0001abcd',
                    ok: false,
                    message:
                      'A claim in Sourcing cannot move to Dismissed. From Sourcing it can: start verifying (Verifying).',
                  },
                ],
              },
            },
          },
        },
        ...errorResponses(400, 401, 403, 422, 500),
      },
    },
  },
};
