// A transcript-sized article with a claim in every sentence, for the workspace benchmark and the
// tests that need a long claim list (the seed's factories, prisma/factories.ts, make the small ones).
import type { ClaimState } from '@/lib/generated/prisma/enums';
import type { Db } from '@/lib/prisma-client';
import { makeSlug } from '@/lib/slug';
import { composeStatement } from '@/lib/extraction/statement';

const SPEAKERS = ['Ana Lopez', 'Heorhii Tykhii', 'Lea Novak', 'Hakan Fidan', 'the ministry'];
const TOPICS = [
  'unemployment',
  'inflation',
  'recorded crime',
  'exports to the region',
  'housing starts',
  'hospital waiting times',
  'school enrolment',
];
// Most claims of a fresh transcript are untouched; a few are further along, so every colour shows.
const STATE_CYCLE: ClaimState[] = [
  ...Array<ClaimState>(12).fill('EXTRACTED'),
  'SOURCING',
  'VERIFYING',
  'IN_REVIEW',
  'DISMISSED',
];
const SENTENCES_PER_PARAGRAPH = 8;

export interface LargeArticleInput {
  createdById: string;
  /** How many claims (one per sentence); 1,000 gives about 95,000 characters. */
  claims?: number;
  title?: string;
}

export async function createLargeArticle(db: Db, input: LargeArticleInput) {
  const count = input.claims ?? 1000;
  const title = input.title ?? `Transcript with ${count} claims`;
  let body = '';
  const claims = [];
  for (let i = 0; i < count; i++) {
    const speaker = SPEAKERS[i % SPEAKERS.length];
    const lead = `${speaker} told the hearing that `;
    const text = `${TOPICS[i % TOPICS.length]} rose by ${(i % 37) + 1} percent between ${1990 + (i % 30)} and ${1991 + (i % 30)}`;
    if (i > 0) body += i % SENTENCES_PER_PARAGRAPH === 0 ? '\n\n' : ' ';
    const sentenceStart = body.length;
    body += `${lead}${text}.`;
    const start = sentenceStart + lead.length;
    const state = STATE_CYCLE[i % STATE_CYCLE.length];
    claims.push({
      slug: makeSlug(`${text} ${i}`),
      text,
      statement: composeStatement({ text, speaker, cue: 'told' }),
      start,
      end: start + text.length,
      sentenceStart,
      sentenceEnd: body.length,
      speaker,
      cue: 'told',
      attribution: 'INDIRECT' as const,
      kind: 'STATISTIC' as const,
      checkworthiness: 0.5 + (i % 50) / 100,
      checkworthy: true,
      state,
      dismissReason: state === 'DISMISSED' ? ('NOT_CHECK_WORTHY' as const) : null,
    });
  }
  const article = await db.article.create({
    data: { slug: makeSlug(title), title, body, createdById: input.createdById },
    select: { id: true, slug: true, title: true },
  });
  await db.claim.createMany({ data: claims.map((claim) => ({ ...claim, articleId: article.id })) });
  return { ...article, bodyLength: body.length, claimCount: count };
}
