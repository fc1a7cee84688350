import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { articleQuerySchema } from '@/lib/schemas/article-query';
import {
  articleListSchema,
  createdArticleSchema,
  newsroomArticleSchema,
} from '@/lib/schemas/api/article';
import { documentFields } from './describe';
import { articleIdPath } from './params';
import { articleCreateBody } from './request-schemas';
import { errorResponses } from './responses';

export const articlePaths: ZodOpenApiPathsObject = {
  '/api/v1/articles': {
    get: {
      tags: ['Articles'],
      operationId: 'listArticles',
      summary: 'List articles, or look one up by its address',
      description:
        'Newest first, 50 a page (`?page=`). `?url=` returns only the article(s) imported from that address (with or without a trailing slash), so a client can check whether an article is already in Factdesk before adding it. An invalid `url` or `page` is a 422 `invalid`.',
      requestParams: {
        query: documentFields(articleQuerySchema, {
          url: { description: 'The article’s original address (http or https).' },
          page: { description: 'Page number, from 1.' },
        }),
      },
      responses: {
        200: {
          description: 'One page of articles (without bodies or claims).',
          content: { 'application/json': { schema: articleListSchema } },
        },
        ...errorResponses(401, 422, 500),
      },
    },
    post: {
      tags: ['Articles'],
      operationId: 'createArticle',
      summary: 'Add an article and extract its claims',
      description:
        'Saves the article (line endings normalised to `\\n`, body trimmed) and the claims the extractor finds in it, in one transaction, and returns the article with its claims (`getNewsroomArticle`). A body over 20,000 characters is saved at once and its claims are extracted by a background job: the answer is 202 with `extraction: PENDING` and no claims yet; poll `GET /api/v1/articles/{id}` until `extraction` is `DONE` (or `FAILED`, with `extractionError`). For every claim, `body.slice(start, end) === text`. An article already saved under the same canonical URL (tracking parameters, fragment and trailing slash ignored) or with the same text (case, spacing and punctuation ignored) is not saved again: the answer is 200 with that article and `existing: true`. Any role may do this (`articles.create`).',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: articleCreateBody,
            example: {
              title: 'Budget vote',
              body: 'The council approved a $4.2 million budget on Tuesday, the mayor said.',
              outlet: 'City Herald',
              url: 'https://example.org/budget-vote',
              publishedAt: '2026-11-24',
            },
          },
        },
      },
      responses: {
        200: {
          description: 'The same article was already saved: that one, with `existing: true`.',
          content: { 'application/json': { schema: createdArticleSchema } },
        },
        201: {
          description: 'The article as stored, with its extracted claims (`existing: false`).',
          content: { 'application/json': { schema: createdArticleSchema } },
        },
        202: {
          description:
            'A long article, stored (`existing: false`); its claims are being extracted by a background job (`extraction: PENDING`, `claims: []`).',
          content: { 'application/json': { schema: createdArticleSchema } },
        },
        ...errorResponses(400, 401, 422, 500),
      },
    },
  },
  '/api/v1/articles/{id}': {
    get: {
      tags: ['Articles'],
      operationId: 'getArticle',
      summary: 'One article with its claims',
      requestParams: { path: articleIdPath },
      responses: {
        200: {
          description: 'The article with its claims, ordered by position in the text.',
          content: { 'application/json': { schema: newsroomArticleSchema } },
        },
        ...errorResponses(401, 404, 500),
      },
    },
  },
};
