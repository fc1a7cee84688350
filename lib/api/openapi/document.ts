// The OpenAPI document of /api/v1, built from the zod schemas the routes parse with and answer with.
import { createDocument, type ZodOpenApiOverride } from 'zod-openapi';
import { articlePaths } from './paths-articles';
import { claimPaths } from './paths-claims';
import { exportPaths } from './paths-exports';
import { verdictPaths } from './paths-verdicts';
import { userPaths } from './paths-users';
import { workflowPaths } from './paths-workflow';

const DESCRIPTION = `JSON API for newsroom CMS integrations and the public verdicts feed.

Generated from the code by \`npm run openapi\` (\`lib/api/openapi/\`): request bodies and query parameters from the zod schemas the routes parse with (\`lib/schemas/\`), responses from the response schemas in \`lib/schemas/api/\`. Prose guide: \`docs/api.md\` and \`docs/public-site.md\`.

**Authentication (newsroom routes).** A personal API token (\`Authorization: Bearer fd_…\`) or the newsroom UI's signed-in session cookie. When an \`Authorization\` header is sent it wins: a header that is not \`Bearer <token>\`, or an unknown or revoked token, or a token of a disabled user is a 401 (never silently anonymous, never a fall-back to the cookie). Without credentials every newsroom route is a 401. The \`/api/v1/verdicts\` routes are public and ignore credentials altogether.

**Roles.** Journalists, editors and admins may all read, create articles, edit claims, add sources, propose verdicts and make the journalist moves. Only editors and admins may assign claims to someone else, review, publish, reopen published claims, withdraw publications and use \`/claims/bulk\`; those are the only routes that answer 403 with the current role table (\`lib/auth/permissions.ts\`).

**Versions.** Every claim has \`version\`. Writes send the \`version\` they last read; the write applies only if the claim is still at that version and bumps it; otherwise 409 \`conflict\` and nothing changes.

**Request bodies.** Writes need \`Content-Type: application/json\` (400 \`bad_request\` otherwise, or when the body is not JSON). Unknown body fields are ignored. String length limits apply after leading and trailing whitespace is trimmed wherever the field is described as trimmed.

**Dates** in responses are ISO 8601 strings in UTC (\`2026-11-26T14:03:00.000Z\`).

**Errors** are always \`{"error": {"code", "message", "fields"?}}\`, never a stack trace; each status has its one \`code\`. A validation failure is 422 \`invalid\` with \`fields\` mapping each bad field's path (dot-joined, e.g. \`claimIds.0\`; \`_\` for the whole body) to a message.`;

// Route handlers answer with NextResponse.json, which writes a Date as its ISO 8601 string; request
// dates are coerced with `new Date()`, which takes a date or a date-time (the fields say which).
const datesAsJson: ZodOpenApiOverride = ({ jsonSchema, zodSchema, io }) => {
  if (zodSchema._zod.def.type !== 'date') return;
  jsonSchema.type = 'string';
  if (io === 'output') jsonSchema.format = 'date-time';
};

export function createOpenApiDocument() {
  return createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'Factdesk HTTP API',
        version: '1',
        description: DESCRIPTION,
      },
      servers: [
        { url: '/', description: 'The Factdesk instance serving this document' },
        { url: 'http://localhost:3000', description: 'Local development (`npm run dev`)' },
      ],
      security: [{ bearerToken: [] }, { sessionCookie: [] }],
      tags: [
        {
          name: 'Articles',
          description: 'Articles and the claims extracted from them (newsroom; authenticated).',
        },
        {
          name: 'Claims',
          description:
            'The claim queue, claim details and edits, sources and proposed verdicts (newsroom; authenticated).',
        },
        {
          name: 'Workflow',
          description:
            'State transitions, reviews, withdrawals and bulk actions (newsroom; authenticated).',
        },
        {
          name: 'Users',
          description: 'Colleagues to assign claims to (newsroom; authenticated).',
        },
        {
          name: 'Public verdicts',
          description: 'Published verdicts for anyone; no authentication; ETag and 304 support.',
        },
      ],
      paths: {
        ...articlePaths,
        ...claimPaths,
        ...exportPaths,
        ...workflowPaths,
        ...verdictPaths,
        ...userPaths,
      },
      components: {
        securitySchemes: {
          bearerToken: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'fd_<43 base64url characters>',
            description:
              'A personal API token `fd_…`, created and revoked at *Newsroom → API tokens* (`/newsroom/settings/tokens`); shown once, stored only as its SHA-256 hash. It acts with its user’s role. A revoked token, one of a disabled user, or a malformed `Authorization` header is a 401 at once.',
          },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'next-auth.session-token',
            description:
              'The newsroom UI’s NextAuth (v4) session: a signed JWT cookie set by signing in at `/signin`, valid 12 hours. On an HTTPS deployment NextAuth names it `__Secure-next-auth.session-token`; a large token may be split into `.0`, `.1`, … chunks. Used only when no `Authorization` header is sent. The user’s role and disabled flag are read from the database on every request.',
          },
        },
      },
    },
    { override: datesAsJson },
  );
}
