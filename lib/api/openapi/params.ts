import 'zod-openapi';
import { z } from 'zod';

export const articleIdPath = z.object({
  id: z.string().meta({
    param: { id: 'ArticleId' },
    description: 'The article id (a cuid, not the public slug).',
  }),
});

export const claimIdPath = z.object({
  id: z.string().meta({
    param: { id: 'ClaimId' },
    description: 'The claim id (a cuid, not the public slug).',
  }),
});

export const verdictIdPath = z.object({
  id: z.string().meta({
    description:
      'The claim slug. Anything that is not a published claim’s slug (or is over 200 characters) is a 404.',
  }),
});

export const sourcePath = claimIdPath.extend({
  sourceId: z.string().meta({
    param: { id: 'SourceId' },
    description: 'The source id (`sources[].id` in the claim); a source of another claim is a 404.',
  }),
});

export const versionQuery = z.object({
  version: z
    .string()
    .regex(/^\d+$/)
    .meta({ description: 'The claim’s `version` as last read (required).', examples: ['5'] }),
});
