// Issue 10 item 14: arbitrary bodies, query strings and ids never give a 5xx, and a refused request changes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as getArticle } from '@/app/api/v1/articles/[id]/route';
import { GET as listArticles, POST as createArticle } from '@/app/api/v1/articles/route';
import { GET as claimReviewFeed } from '@/app/api/v1/claim-review-feed/route';
import { POST as reviewClaim } from '@/app/api/v1/claims/[id]/reviews/route';
import { GET as getClaim, PATCH as patchClaim } from '@/app/api/v1/claims/[id]/route';
import { POST as addSource } from '@/app/api/v1/claims/[id]/sources/route';
import {
  DELETE as removeSource,
  PATCH as updateSource,
} from '@/app/api/v1/claims/[id]/sources/[sourceId]/route';
import { POST as transitionClaim } from '@/app/api/v1/claims/[id]/transitions/route';
import { POST as proposeVerdict } from '@/app/api/v1/claims/[id]/verdict/route';
import { POST as withdrawPublication } from '@/app/api/v1/claims/[id]/withdrawal/route';
import { POST as bulkClaims } from '@/app/api/v1/claims/bulk/route';
import { GET as exportClaims } from '@/app/api/v1/claims/export/route';
import { GET as listClaims } from '@/app/api/v1/claims/route';
import { GET as getVerdict } from '@/app/api/v1/verdicts/[id]/route';
import { GET as listUsers } from '@/app/api/v1/users/route';
import { GET as verdictsCsv } from '@/app/api/v1/verdicts.csv/route';
import { GET as verdictsJsonl } from '@/app/api/v1/verdicts.jsonl/route';
import { GET as listVerdicts } from '@/app/api/v1/verdicts/route';
import * as articleActions from '@/lib/actions/articles';
import * as claimActions from '@/lib/actions/claims';
import * as matchActions from '@/lib/actions/matches';
import * as monitoringActions from '@/lib/actions/monitoring';
import * as notificationActions from '@/lib/actions/notifications';
import * as passwordActions from '@/lib/actions/password';
import * as sessionActions from '@/lib/actions/sessions';
import * as settingsActions from '@/lib/actions/settings';
import * as tokenActions from '@/lib/actions/tokens';
import * as userActions from '@/lib/actions/users';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import type { ClaimState } from '@/lib/generated/prisma/enums';
import { createApiTokenFor, createClaimInState, createUser } from '@/prisma/factories';
import { setQuorum } from '../support/actors';
import { callRoute } from '../support/call-route';

// Server actions run as the signed-in admin; route handlers are called with bearer tokens.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCurrentUser: async () => session.user,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// The fuzz would flood the report with the 4xx refusals' logs; a 5xx fails the test anyway.
vi.spyOn(console, 'error').mockImplementation(() => {});

const SEED = 20261130;

/** Row counts, versions and last changes of the tables a request can write. */
async function databaseState() {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT count(*) FROM "Claim") AS claims,
      (SELECT coalesce(sum(version), 0) FROM "Claim") AS "claimVersions",
      (SELECT max("updatedAt") FROM "Claim") AS "claimUpdated",
      (SELECT count(*) FROM "Article") AS articles,
      (SELECT max("updatedAt") FROM "Article") AS "articleUpdated",
      (SELECT count(*) FROM "Source") AS sources,
      (SELECT max("updatedAt") FROM "Source") AS "sourceUpdated",
      (SELECT count(*) FROM "AuditEvent") AS "auditEvents",
      (SELECT count(*) FROM "Note") AS notes,
      (SELECT count(*) FROM "Notification") AS notifications,
      (SELECT count(*) FILTER (WHERE "readAt" IS NULL) FROM "Notification") AS unread,
      (SELECT count(*) FROM "OutboundEmail") AS emails,
      (SELECT count(*) FROM "Review") AS reviews,
      (SELECT count(*) FROM "Publication") AS publications,
      (SELECT count(*) FILTER (WHERE "withdrawnAt" IS NOT NULL) FROM "Publication") AS withdrawn,
      (SELECT count(*) FROM "User") AS users,
      (SELECT max("updatedAt") FROM "User") AS "userUpdated",
      (SELECT count(*) FILTER (WHERE "revokedAt" IS NULL) FROM "ApiToken") AS tokens,
      (SELECT md5(string_agg(s::text, '')) FROM "NewsroomSettings" s) AS settings,
      (SELECT md5(string_agg(w::text, '' ORDER BY w.id)) FROM "WatchedSource" w) AS "watchedSources",
      (SELECT count(*) FROM "WatchedSpeaker") AS "watchedSpeakers",
      (SELECT md5(string_agg(m::text, '' ORDER BY m.id)) FROM "ClaimMatch" m) AS matches`;
  return row;
}

// Strings that broke the app before, and arbitrary ones (any UTF-16 unit, so lone surrogates too).
const nastyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uD800',
    'x\uDC00',
    '📈',
    '-000001-01-01',
    '+010000-01-01',
    '2026-02-30',
    '1e999',
    'x'.repeat(5000),
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const nastyNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, 0.5),
  fc.integer(),
  fc.double(),
);
const ENUM_WORDS = [
  'SOURCING',
  'VERIFYING',
  'IN_REVIEW',
  'APPROVED',
  'PUBLISHED',
  'DISMISSED',
  'EXTRACTED',
  'TRUE',
  'FALSE',
  'MOSTLY_TRUE',
  'approve',
  'request_changes',
  'assign',
  'move',
  'DATASET',
  'SUPPORTS',
  'OPINION',
  'HIGH',
  'EDITOR',
  'ADMIN',
  'DAILY_DIGEST',
  'https://example.org/a',
];
const FIELDS = [
  'version',
  'start',
  'end',
  'at',
  'speaker',
  'speakerRole',
  'assigneeId',
  'dueAt',
  'priority',
  'checkworthy',
  'to',
  'note',
  'reason',
  'decision',
  'url',
  'title',
  'kind',
  'stance',
  'rating',
  'summary',
  'explanation',
  'body',
  'outlet',
  'byline',
  'publishedAt',
  'action',
  'claimIds',
  'versions',
  'name',
  'email',
  'role',
  'password',
  'userId',
  'disabled',
  'currentPassword',
  'newPassword',
  'confirmPassword',
  'logoText',
  'emailPreference',
  'id',
  'reviewQuorum',
  'methodology',
  'correctionsPolicy',
  'state',
  'slug',
  'statement',
  'accessedOn',
  'archiveUrl',
  'twoPersonRule',
  'dataLicence',
  'publicationId',
  'sourceId',
  'speakerId',
  'enabled',
  'intervalMinutes',
  '__proto__',
  'constructor',
];
// A valid input for each server action (the route handlers take the same bodies), and two more moves.
const VALID_INPUTS: Record<string, unknown> = {
  addNoteAction: { body: 'A note.' },
  transitionAction: { to: 'SOURCING', version: 1 },
  addSourceAction: {
    version: 1,
    url: 'https://example.org/a',
    title: 'A',
    kind: 'DATASET',
    stance: 'SUPPORTS',
  },
  updateSourceAction: {
    version: 1,
    url: 'https://example.org/b',
    title: 'B',
    kind: 'OTHER',
    stance: 'CONTEXT',
    accessedOn: '2026-01-02',
    archiveUrl: 'https://web.archive.org/web/2026/https://example.org/b',
  },
  removeSourceAction: { version: 1 },
  proposeVerdictAction: { version: 1, rating: 'FALSE', summary: 'No.', explanation: 'Not so.' },
  updateClaimAction: { version: 1, speaker: 'Ana Lopez', dueAt: '2026-12-01' },
  reviewAction: { decision: 'approve', version: 1 },
  withdrawAction: { version: 1, note: 'Withdrawn.' },
  addClaimAction: { start: 0, end: 10 },
  splitClaimAction: { version: 1, at: 5 },
  createArticleAction: { title: 'Budget', body: 'The council approved a budget of $4.2 million.' },
  retryExtractionAction: { articleId: 'x' },
  extractionStatusAction: { articleId: 'x' },
  bulkClaimsAction: { action: 'assign', claimIds: ['x'], assigneeId: null },
  mergeClaimsAction: { claimIds: ['x', 'y'], versions: {} },
  changePasswordAction: {
    currentPassword: 'the old one',
    newPassword: 'a long new passphrase',
    confirmPassword: 'a long new passphrase',
  },
  resetPasswordAction: { userId: 'x' },
  signOutEverywhereAction: undefined,
  endUserSessionsAction: { userId: 'x' },
  updateSettingsAction: {
    name: 'Desk',
    url: 'https://example.org',
    logoText: 'D',
    reviewQuorum: 1,
    methodology: '',
    correctionsPolicy: '',
  },
  createTokenAction: { name: 'CMS' },
  revokeTokenAction: 'x',
  createUserAction: {
    email: 'new@example.org',
    name: 'New',
    role: 'JOURNALIST',
    password: 'a long passphrase',
  },
  changeRoleAction: { userId: 'x', role: 'EDITOR' },
  setDisabledAction: { userId: 'x', disabled: true },
  markNotificationReadAction: { id: 'x' },
  markAllNotificationsReadAction: undefined,
  setEmailPreferenceAction: { emailPreference: 'DAILY_DIGEST' },
  decideMatchAction: { decision: 'confirm' },
  familyVerdictAction: { publicationId: 'x', version: 1 },
  addWatchedSourceAction: { name: 'Wire', url: 'http://127.0.0.1:9/feed.xml', intervalMinutes: 15 },
  setSourceEnabledAction: { sourceId: 'x', enabled: false },
  pollSourceNowAction: { sourceId: 'x' },
  addWatchedSpeakerAction: { name: 'Ana Lopez' },
  removeWatchedSpeakerAction: { speakerId: 'x' },
  dismiss: { to: 'DISMISSED', version: 1, reason: 'OPINION' },
  move: { action: 'move', claimIds: ['x'], to: 'SOURCING' },
};
const QUERY_KEYS = [
  'q',
  'page',
  'rating',
  'speaker',
  'from',
  'to',
  'state',
  'assignee',
  'article',
  'due',
  'sort',
  'cursor',
  'limit',
  'url',
  'format',
  'bom',
];

function arbitraries(realIds: string[]) {
  const id = fc.oneof(fc.constantFrom(...realIds), nastyString);
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      nastyString,
      nastyNumber,
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(...ENUM_WORDS),
      id,
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(nastyString, tie('value'), { maxKeys: 3 }),
    ),
  }));
  // A valid input of some form with one or two fields replaced gets past the schema to the database.
  const mutate = (valid: unknown) =>
    fc
      .dictionary(fc.constantFrom(...FIELDS), value, { minKeys: 1, maxKeys: 2 })
      .map((change) => (typeof valid === 'object' ? { ...valid, ...change } : change));
  const mutatedValid = fc.constantFrom(...Object.values(VALID_INPUTS)).chain(mutate);
  // Mostly objects with the fields the schemas know, some anything.
  const body = fc.oneof(
    { weight: 4, arbitrary: mutatedValid },
    { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }) },
    { weight: 1, arbitrary: value },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
  const query = fc.oneof(
    fc
      .dictionary(fc.constantFrom(...QUERY_KEYS), nastyString, { maxKeys: 4 })
      .map((params) => `?${new URLSearchParams(params).toString()}`),
    fc.constantFrom('?q=%00', '?page=1e999', '?q=%ED%A0%80', '?from=-000001-01-01', '?q=%', ''),
  );
  const actionCall = fc
    .constantFrom(...Object.keys(ACTIONS))
    .chain((name) =>
      fc.tuple(
        fc.constant(name),
        id,
        fc.oneof(fc.constant(VALID_INPUTS[name]), mutate(VALID_INPUTS[name]), body),
      ),
    );
  return { id, body, query, actionCall };
}

// A URL cannot carry a lone surrogate: decoding its path gives U+FFFD, so that is what a handler sees.
const asUrlSegment = (id: string) =>
  [...id].map((char) => (/^[\uD800-\uDFFF]$/.test(char) ? '\uFFFD' : char)).join('');

type Handler = Parameters<typeof callRoute>[0];
const SOURCE_ROUTE = '/api/v1/claims/{id}/sources/{sourceId}';
const ROUTES: { handler: Handler; method: string; route: string }[] = [
  { handler: listVerdicts as Handler, method: 'GET', route: '/api/v1/verdicts' },
  { handler: getVerdict as Handler, method: 'GET', route: '/api/v1/verdicts/{id}' },
  { handler: createArticle as Handler, method: 'POST', route: '/api/v1/articles' },
  { handler: getArticle as Handler, method: 'GET', route: '/api/v1/articles/{id}' },
  { handler: listClaims as Handler, method: 'GET', route: '/api/v1/claims' },
  { handler: getClaim as Handler, method: 'GET', route: '/api/v1/claims/{id}' },
  { handler: patchClaim as Handler, method: 'PATCH', route: '/api/v1/claims/{id}' },
  { handler: addSource as Handler, method: 'POST', route: '/api/v1/claims/{id}/sources' },
  { handler: updateSource as Handler, method: 'PATCH', route: SOURCE_ROUTE },
  { handler: removeSource as Handler, method: 'DELETE', route: SOURCE_ROUTE },
  { handler: proposeVerdict as Handler, method: 'POST', route: '/api/v1/claims/{id}/verdict' },
  { handler: transitionClaim as Handler, method: 'POST', route: '/api/v1/claims/{id}/transitions' },
  { handler: reviewClaim as Handler, method: 'POST', route: '/api/v1/claims/{id}/reviews' },
  {
    handler: withdrawPublication as Handler,
    method: 'POST',
    route: '/api/v1/claims/{id}/withdrawal',
  },
  { handler: bulkClaims as Handler, method: 'POST', route: '/api/v1/claims/bulk' },
  { handler: listArticles as Handler, method: 'GET', route: '/api/v1/articles' },
  { handler: listUsers as Handler, method: 'GET', route: '/api/v1/users' },
  { handler: exportClaims as Handler, method: 'GET', route: '/api/v1/claims/export' },
  { handler: verdictsCsv as Handler, method: 'GET', route: '/api/v1/verdicts.csv' },
  { handler: verdictsJsonl as Handler, method: 'GET', route: '/api/v1/verdicts.jsonl' },
  { handler: claimReviewFeed as Handler, method: 'GET', route: '/api/v1/claim-review-feed' },
];

// Every server action except fetchArticleFromUrlAction, which reaches out to the network.
type Action = (...args: never[]) => Promise<{ ok: boolean; code?: string }>;
const RECORD_ACTIONS = [
  'transitionAction',
  'withdrawAction',
  'reviewAction',
  'addSourceAction',
  'updateSourceAction',
  'removeSourceAction',
  'proposeVerdictAction',
  'addNoteAction',
  'updateClaimAction',
  'addClaimAction',
  'splitClaimAction',
  'decideMatchAction',
  'familyVerdictAction',
] as const;
const ACTIONS: Record<string, Action> = {
  createArticleAction: articleActions.createArticleAction,
  retryExtractionAction: articleActions.retryExtractionAction,
  extractionStatusAction: articleActions.extractionStatusAction,
  mergeClaimsAction: claimActions.mergeClaimsAction,
  bulkClaimsAction: claimActions.bulkClaimsAction,
  ...monitoringActions,
  ...notificationActions,
  ...passwordActions,
  ...sessionActions,
  ...settingsActions,
  ...tokenActions,
  ...userActions,
  ...Object.fromEntries(
    RECORD_ACTIONS.map((name) => [
      name,
      name in matchActions
        ? matchActions[name as keyof typeof matchActions]
        : claimActions[name as keyof typeof claimActions],
    ]),
  ),
} as Record<string, Action>;

let realIds: string[];
let tokens: (string | undefined)[];

beforeAll(async () => {
  await setQuorum(1);
  const admin = await createUser(db, { role: 'ADMIN' });
  const editor = await createUser(db, { role: 'EDITOR' });
  const journalist = await createUser(db, { role: 'JOURNALIST' });
  session.user = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
  tokens = [
    undefined,
    await createApiTokenFor(db, editor.id),
    await createApiTokenFor(db, journalist.id),
  ];
  const states: ClaimState[] = ['EXTRACTED', 'SOURCING', 'VERIFYING', 'IN_REVIEW', 'PUBLISHED'];
  const claims = await Promise.all(
    states.map((state) =>
      createClaimInState(db, { authorId: journalist.id, state, approverIds: [editor.id] }),
    ),
  );
  const rows = await db.claim.findMany({
    where: { id: { in: claims.map((c) => c.id) } },
    select: { id: true, slug: true, articleId: true },
  });
  const sources = await db.source.findMany({
    where: { claimId: { in: claims.map((c) => c.id) } },
    select: { id: true },
  });
  realIds = [
    ...rows.flatMap((row) => [row.id, row.slug, row.articleId]),
    ...sources.map((source) => source.id),
  ];
});

afterAll(async () => {
  await db.$disconnect();
});

describe('fuzzing the API and the server actions', () => {
  it('route handlers: no 5xx, and a refused request changes nothing', async () => {
    const { id, body, query } = arbitraries(realIds);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES.keys()),
        fc.constantFrom(...tokens),
        id,
        body,
        query,
        async (routeIndex, token, recordId, payload, search) => {
          const { handler, method, route } = ROUTES[routeIndex];
          const before = await databaseState();
          const answer = await callRoute(handler, method, route, {
            token,
            id: route.includes('{id}') ? asUrlSegment(recordId) : '',
            params: route.includes('{sourceId}') ? { sourceId: asUrlSegment(recordId) } : {},
            query: method === 'GET' || method === 'DELETE' ? search : '',
            body: method === 'GET' ? undefined : payload,
          });
          expect(answer.status, `${method} ${route}`).toBeLessThan(500);
          if (answer.status >= 400) expect(await databaseState()).toEqual(before);
        },
      ),
      { seed: SEED, numRuns: 500, endOnFailure: true },
    );
    // The export routes stream every claim and verdict the other test files left in the database.
  }, 300_000);

  it('server actions: no internal error, and a refused call changes nothing', async () => {
    const { actionCall } = arbitraries(realIds);
    await fc.assert(
      fc.asyncProperty(actionCall, async ([name, recordId, input]) => {
        const before = await databaseState();
        const action = ACTIONS[name] as (...args: unknown[]) => ReturnType<Action>;
        const record = (RECORD_ACTIONS as readonly string[]).includes(name);
        const result = await (record ? action(recordId, input) : action(input)).catch(
          (error: unknown) => {
            // A created article redirects to its page (Next throws the redirect).
            if (String((error as { digest?: unknown }).digest).startsWith('NEXT_REDIRECT'))
              return { ok: true };
            throw error;
          },
        );
        expect(result.ok || result.code, name).not.toBe('internal');
        if (!result.ok) expect(await databaseState()).toEqual(before);
      }),
      { seed: SEED, numRuns: 400, endOnFailure: true },
    );
  }, 300_000); // 400 calls, each comparing database snapshots: minutes on the embedded database
});
