// Record factories shared by the seed and the tests: each returns what it made.
import { randomBytes } from 'node:crypto';
import { claimRecordsFor } from '@/lib/articles/claim-records';
import { composeStatement } from '@/lib/extraction/statement';
import { generateApiToken } from '@/lib/auth/api-token-secret';
import { hashPassword } from '@/lib/auth/passwords';
import type { Db } from '@/lib/prisma-client';
import type { ClaimState, Role } from '@/lib/generated/prisma/enums';
import { makeSlug } from '@/lib/slug';

const unique = () => randomBytes(4).toString('hex');

export interface UserFactoryInput {
  email?: string;
  name?: string;
  role?: Role;
  password?: string;
  disabled?: boolean;
}

export async function createUser(db: Db, input: UserFactoryInput = {}) {
  const role = input.role ?? 'JOURNALIST';
  const password = input.password ?? `pw-${unique()}-${unique()}`;
  const user = await db.user.create({
    data: {
      email: (input.email ?? `${role.toLowerCase()}-${unique()}@factdesk.test`).toLowerCase(),
      name: input.name ?? `Test ${role.toLowerCase()} ${unique()}`,
      role,
      disabled: input.disabled ?? false,
      passwordHash: await hashPassword(password),
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password };
}

export interface ArticleFactoryInput {
  createdById: string;
  title?: string;
  body?: string;
  outlet?: string | null;
  byline?: string | null;
  url?: string | null;
  publishedAt?: Date | null;
  /** Run claim extraction over the body (default true). */
  extract?: boolean;
}

export async function createArticle(db: Db, input: ArticleFactoryInput) {
  const title = input.title ?? `Test article ${unique()}`;
  const body =
    input.body ??
    'The city council approved a budget of $4.2 million on Tuesday, according to the mayor’s office.';
  const claims = input.extract === false ? [] : claimRecordsFor(body);
  return db.article.create({
    data: {
      slug: makeSlug(title),
      title,
      body,
      outlet: input.outlet ?? null,
      byline: input.byline ?? null,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      createdById: input.createdById,
      claims: { create: claims },
    },
    select: {
      id: true,
      slug: true,
      title: true,
      body: true,
      claims: {
        select: { id: true, text: true, version: true, state: true },
        orderBy: { start: 'asc' },
      },
    },
  });
}

export interface ClaimFactoryInput {
  articleId: string;
  text: string;
  start: number;
  state?: ClaimState;
  speaker?: string | null;
  assigneeId?: string | null;
  /** Defaults to the sentence the extraction would prefill. */
  statement?: string;
}

export async function createClaim(db: Db, input: ClaimFactoryInput) {
  const end = input.start + input.text.length;
  return db.claim.create({
    data: {
      slug: makeSlug(input.text),
      articleId: input.articleId,
      text: input.text,
      statement:
        input.statement ??
        composeStatement({ text: input.text, speaker: input.speaker ?? null, cue: null }),
      start: input.start,
      end,
      sentenceStart: input.start,
      sentenceEnd: end,
      speaker: input.speaker ?? null,
      state: input.state ?? 'EXTRACTED',
      assigneeId: input.assigneeId ?? null,
    },
    select: { id: true, slug: true, text: true, version: true, state: true },
  });
}

export interface WorkflowClaimInput {
  /** A user id for the article, the source and the proposed verdict. */
  authorId: string;
  state: ClaimState;
  /** Editors whose approvals are recorded (for APPROVED and PUBLISHED). */
  approverIds?: string[];
  text?: string;
  speaker?: string | null;
}

/** A personal API token for the user; returns the plain token (only its hash is stored). */
export async function createApiTokenFor(db: Db, userId: string, name = 'test token') {
  const { token, tokenHash } = generateApiToken();
  await db.apiToken.create({ data: { userId, name, tokenHash } });
  return token;
}

/** Whether a claim in the state carries a source and a proposed verdict (they are required to submit for review). */
const HAS_EVIDENCE: Record<ClaimState, boolean> = {
  EXTRACTED: false,
  SOURCING: false,
  VERIFYING: true,
  IN_REVIEW: true,
  APPROVED: true,
  PUBLISHED: true,
  DISMISSED: false,
};

/**
 * A claim already in `state`, with what that state implies: a source and verdict from verifying on,
 * approvals, a publication.
 */
export async function createClaimInState(db: Db, input: WorkflowClaimInput) {
  const text =
    input.text ??
    `Unemployment fell to ${Math.floor(Math.random() * 9) + 1}.${Math.floor(Math.random() * 9)} percent last month ${unique()}`;
  const article = await createArticle(db, {
    createdById: input.authorId,
    body: `${text}, the ministry said.`,
    extract: false,
  });
  const hasEvidence = HAS_EVIDENCE[input.state];
  const speaker = input.speaker === undefined ? 'the ministry' : input.speaker;
  const statement = composeStatement({ text, speaker, cue: speaker ? 'said' : null });
  const claim = await db.claim.create({
    data: {
      slug: makeSlug(text),
      articleId: article.id,
      text,
      statement,
      cue: speaker ? 'said' : null,
      start: 0,
      end: text.length,
      sentenceStart: 0,
      sentenceEnd: text.length + 1,
      speaker,
      state: input.state,
      dismissReason: input.state === 'DISMISSED' ? 'OPINION' : null,
      ...(hasEvidence
        ? {
            rating: 'MOSTLY_TRUE' as const,
            summary: 'The figure matches the statistics office.',
            explanation: 'The national statistics office reported the same rate.',
            verdictAuthorId: input.authorId,
          }
        : {}),
      sources: hasEvidence
        ? {
            create: {
              url: 'https://stats.example.org/unemployment',
              title: 'Labour force survey',
              kind: 'DATASET',
              stance: 'SUPPORTS',
              addedById: input.authorId,
            },
          }
        : undefined,
      reviews: input.approverIds?.length
        ? {
            create: input.approverIds.map((reviewerId) => ({
              reviewerId,
              round: 0,
              decision: 'APPROVE' as const,
            })),
          }
        : undefined,
    },
    select: { id: true, slug: true, text: true, version: true, state: true, articleId: true },
  });
  if (input.state === 'PUBLISHED') {
    await db.publication.create({
      data: {
        claimId: claim.id,
        claimText: text,
        statement,
        claimStart: 0,
        claimEnd: text.length,
        sentenceStart: 0,
        sentenceEnd: text.length + 1,
        speaker: 'the ministry',
        // As the seeded scale has it.
        rating: 'MOSTLY_TRUE',
        ratingName: 'Mostly true',
        ratingValue: 4,
        ratingBest: 5,
        ratingWorst: 1,
        summary: 'The figure matches the statistics office.',
        explanation: 'The national statistics office reported the same rate.',
        sources: [
          {
            url: 'https://stats.example.org/unemployment',
            title: 'Labour force survey',
            kind: 'DATASET',
            stance: 'SUPPORTS',
            note: null,
          },
        ],
        checkedBy: 'Test journalist',
        approvedBy: [],
        publishedById: input.approverIds?.[0] ?? input.authorId,
      },
    });
  }
  return claim;
}
