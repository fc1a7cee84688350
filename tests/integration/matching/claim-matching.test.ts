import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createArticle } from '@/lib/data/article-import';
import {
  claimsMatchingPublishedVerdicts,
  decideMatch,
  listSeenBefore,
} from '@/lib/data/claim-matches';
import { proposeVerdict } from '@/lib/data/evidence';
import { addSource } from '@/lib/data/sources';
import { getPublishedClaim } from '@/lib/data/public/claims';
import { reviewClaim, submitFamilyVerdict, transitionClaim } from '@/lib/workflow/service';
import { actor } from '../../support/actors';

const ORIGINAL =
  'More than 12,000 Ukrainian civilians have been killed since the Russian invasion began, according to the United Nations.';
const REPEATED =
  'Over 12,000 Ukrainian civilians have been killed since the Russian invasion began, the U.N. human rights office said on Friday.';
const OTHER_NUMBER =
  'More than 15,000 Ukrainian civilians have been killed since the Russian invasion began, according to the United Nations.';

async function importOne(user: Awaited<ReturnType<typeof actor>>, body: string) {
  // Each test imports the same wording again: a closing line of its own keeps the import from
  // being taken for a duplicate of the earlier test's article (lib/monitoring/dedup-keys.ts).
  const tag = Math.random().toString(36).slice(2);
  const article = await createArticle(user, {
    title: `Report ${tag}`,
    body: `${body}\n\nFiled as report ${tag}.`,
  });
  const claim = await db.claim.findFirstOrThrow({
    where: { articleId: article.id },
    orderBy: { start: 'asc' },
    select: { id: true, version: true, slug: true, text: true },
  });
  return { article, claim };
}

async function publish(claimId: string) {
  const journalist = await actor('JOURNALIST');
  const editor = await actor('EDITOR');
  let v = (await transitionClaim(journalist, claimId, { to: 'SOURCING', version: 1 })).version;
  v = (
    await addSource(journalist, claimId, {
      url: 'https://ukraine.ohchr.org/en/civilian-casualties',
      title: 'OHCHR civilian casualty update',
      kind: 'PRIMARY_DOCUMENT',
      stance: 'SUPPORTS',
      version: v,
    })
  ).version;
  v = (await transitionClaim(journalist, claimId, { to: 'VERIFYING', version: v })).version;
  v = (
    await proposeVerdict(journalist, claimId, {
      rating: 'TRUE',
      summary: 'The UN monitoring mission counted over 12,000 civilian deaths.',
      explanation: 'The OHCHR update lists the verified deaths.',
      version: v,
    })
  ).version;
  v = (await transitionClaim(journalist, claimId, { to: 'IN_REVIEW', version: v })).version;
  v = (await reviewClaim(editor, claimId, { decision: 'approve', version: v })).version;
  return transitionClaim(editor, claimId, { to: 'PUBLISHED', version: v });
}

describe('claim matching', () => {
  it('marks a new claim that matches a published verdict, and never one whose number differs', async () => {
    const journalist = await actor('JOURNALIST');
    const original = await importOne(journalist, ORIGINAL);
    const published = await publish(original.claim.id);

    const repeated = await importOne(journalist, REPEATED);
    // Other tests' claims may also match; this test looks at its own.
    const seen = (await listSeenBefore(journalist, repeated.claim.id)).filter(
      (entry) => entry.claim.id === original.claim.id,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      status: 'SUGGESTED',
      claim: { id: original.claim.id },
      verdict: { publicationId: published.publicationId, rating: 'TRUE' },
      features: { numbers: 'same' },
    });
    const marked = await claimsMatchingPublishedVerdicts(journalist, [
      repeated.claim.id,
      original.claim.id,
    ]);
    // The original may match other tests' published claims too; the repeat must be marked.
    expect(marked.has(repeated.claim.id)).toBe(true);
    // Triage's "seen before" signal: at least this match's score (other tests' claims may score higher).
    const { priorMatchScore } = await db.claim.findUniqueOrThrow({
      where: { id: repeated.claim.id },
      select: { priorMatchScore: true },
    });
    expect(priorMatchScore).toBeGreaterThanOrEqual(seen[0].score);

    const other = await importOne(journalist, OTHER_NUMBER);
    const otherSeen = await listSeenBefore(journalist, other.claim.id);
    expect(otherSeen.map((entry) => entry.claim.id)).not.toContain(original.claim.id);
    expect(otherSeen.map((entry) => entry.claim.id)).not.toContain(repeated.claim.id);
  });

  it('confirming forms a family whose verdict is published for the new appearance after review', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const original = await importOne(journalist, ORIGINAL);
    const published = await publish(original.claim.id);
    const repeated = await importOne(journalist, REPEATED);
    const [match] = (await listSeenBefore(journalist, repeated.claim.id)).filter(
      (entry) => entry.claim.id === original.claim.id,
    );

    // Not before confirming: nothing changes.
    await expect(
      submitFamilyVerdict(journalist, repeated.claim.id, {
        publicationId: published.publicationId,
        version: 1,
      }),
    ).rejects.toThrow(/Confirm that this claim matches/);
    expect(
      (await db.claim.findUniqueOrThrow({ where: { id: repeated.claim.id } })).rating,
    ).toBeNull();

    await decideMatch(journalist, match.matchId, { decision: 'confirm' });
    await expect(decideMatch(journalist, match.matchId, { decision: 'reject' })).rejects.toThrow(
      /already confirmed/,
    );
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: repeated.claim.id, action: 'claim.match_confirm' },
    });
    expect(audit.actorId).toBe(journalist.id);

    const submitted = await submitFamilyVerdict(journalist, repeated.claim.id, {
      publicationId: published.publicationId,
      version: 1,
    });
    expect(submitted.state).toBe('IN_REVIEW');
    const approved = await reviewClaim(editor, repeated.claim.id, {
      decision: 'approve',
      version: submitted.version,
    });
    const republished = await transitionClaim(editor, repeated.claim.id, {
      to: 'PUBLISHED',
      version: approved.version,
    });
    const publication = await db.publication.findUniqueOrThrow({
      where: { id: republished.publicationId! },
    });
    expect(publication).toMatchObject({
      citesPublicationId: published.publicationId,
      rating: 'TRUE',
      claimText: repeated.claim.text,
    });

    for (const slug of [original.claim.slug, repeated.claim.slug]) {
      const page = await getPublishedClaim(slug);
      expect(page?.appearances.map((appearance) => appearance.claimText).sort()).toEqual(
        [original.claim.text, repeated.claim.text].sort(),
      );
    }
  });

  it('rejecting keeps the claims apart; a journalist of the newsroom only', async () => {
    const journalist = await actor('JOURNALIST');
    const original = await importOne(journalist, ORIGINAL);
    const repeated = await importOne(journalist, REPEATED);
    const [match] = (await listSeenBefore(journalist, repeated.claim.id)).filter(
      (entry) => entry.claim.id === original.claim.id,
    );
    await expect(decideMatch(null, match.matchId, { decision: 'confirm' })).rejects.toThrow();
    await expect(decideMatch(journalist, match.matchId, { decision: 'maybe' })).rejects.toThrow();
    await decideMatch(journalist, match.matchId, { decision: 'reject' });
    const claims = await db.claim.findMany({
      where: { id: { in: [original.claim.id, repeated.claim.id] } },
      select: { familyId: true },
    });
    expect(claims.every((claim) => claim.familyId === null)).toBe(true);
  });
});
