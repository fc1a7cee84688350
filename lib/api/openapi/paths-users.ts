import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { userListSchema } from '@/lib/schemas/api/user';
import { errorResponses } from './responses';

export const userPaths: ZodOpenApiPathsObject = {
  '/api/v1/users': {
    get: {
      tags: ['Users'],
      operationId: 'listUsers',
      summary: 'Active colleagues, for assignment',
      description:
        'Every active (not disabled) user, by name: the ids `assigneeId` accepts (PATCH /claims/{id}). Any signed-in role may list them; emails are not included.',
      responses: {
        200: {
          description: 'The users.',
          content: { 'application/json': { schema: userListSchema } },
        },
        ...errorResponses(401, 500),
      },
    },
  },
};
