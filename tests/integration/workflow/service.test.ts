import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { proposeVerdict } from '@/lib/data/evidence';
import { addSource } from '@/lib/data/sources';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { createArticle, createClaimInState } from '@/prisma/factories';
import { actor, setQuorum } from '../../support/actors';

const SOURCE = {
  url: 'https://example.org/report',
  title: 'UN report',
  kind: 'PRIMARY_DOCUMENT',
  stance: 'SUPPORTS',
} as const;
const VERDICT = {
  rating: 'TRUE',
  summary: 'The UN counted over 12,000 civilian deaths.',
  explanation: 'The UN monitoring mission’s latest figures confirm it.',
} as const;

afterEach(() => setQuorum(1));

async function freshClaim() {
  const journalist = await actor('JOURNALIST');
  const article = await createArticle(db, {
    createdById: journalist.id,
    body: 'Over 12,000 Ukrainian civilians have been killed, according to the U.N.',
  });
  return { journalist, claim: article.claims[0] };
}

describe('workflow service', () => {
  it('takes a claim from extraction to publication, with one audit event per move', async () => {
    const { journalist, claim } = await freshClaim();
    const editor = await actor('EDITOR');
    let v = claim.version;
    v = (await transitionClaim(journalist, claim.id, { to: 'SOURCING', version: v })).version;
    v = (await addSource(journalist, claim.id, { ...SOURCE, version: v })).version;
    v = (await transitionClaim(journalist, claim.id, { to: 'VERIFYING', version: v })).version;
    v = (await proposeVerdict(journalist, claim.id, { ...VERDICT, version: v })).version;
    v = (await transitionClaim(journalist, claim.id, { to: 'IN_REVIEW', version: v })).version;
    v = (
      await reviewClaim(editor, claim.id, {
        decision: 'request_changes',
        note: 'Cite the exact UN release.',
        version: v,
      })
    ).version;
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe('VERIFYING');
    v = (await transitionClaim(journalist, claim.id, { to: 'IN_REVIEW', version: v })).version;
    const approved = await reviewClaim(editor, claim.id, { decision: 'approve', version: v });
    expect(approved.state).toBe('APPROVED');
    const published = await transitionClaim(editor, claim.id, {
      to: 'PUBLISHED',
      version: approved.version,
    });
    expect(published.publicationId).toBeTruthy();

    const publication = await db.publication.findUniqueOrThrow({
      where: { id: published.publicationId! },
    });
    expect(publication).toMatchObject({
      rating: 'TRUE',
      claimText: claim.text,
      approvedBy: [editor.name],
      checkedBy: journalist.name,
      correctionNote: null,
    });
    const events = await db.auditEvent.findMany({
      where: { entity: 'claim', entityId: claim.id },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.action)).toEqual([
      'claim.start_sourcing',
      'claim.source_add',
      'claim.start_verifying',
      'claim.verdict_propose',
      'claim.submit_for_review',
      'claim.request_changes',
      'claim.submit_for_review',
      'claim.approve',
      'claim.publish',
    ]);
  });

  it('refuses a stale version with a conflict and changes nothing', async () => {
    const { journalist, claim } = await freshClaim();
    await transitionClaim(journalist, claim.id, { to: 'SOURCING', version: claim.version });
    await expect(
      transitionClaim(journalist, claim.id, {
        to: 'DISMISSED',
        version: claim.version,
        reason: 'OPINION',
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after).toMatchObject({ state: 'SOURCING', version: claim.version + 1 });
    expect(await db.auditEvent.count({ where: { entityId: claim.id } })).toBe(1);
  });

  it('refuses illegal moves and missing preconditions with a reason', async () => {
    const { journalist, claim } = await freshClaim();
    await expect(
      transitionClaim(journalist, claim.id, { to: 'PUBLISHED', version: claim.version }),
    ).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/cannot move/) });
    await expect(
      transitionClaim(journalist, claim.id, { to: 'DISMISSED', version: claim.version }),
    ).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/reason/) });
    await expect(
      transitionClaim(journalist, claim.id, { to: 'WHATEVER', version: claim.version }),
    ).rejects.toThrow(/to must be one of/);
    expect(await db.auditEvent.count({ where: { entityId: claim.id } })).toBe(0);

    let v = (
      await transitionClaim(journalist, claim.id, { to: 'SOURCING', version: claim.version })
    ).version;
    v = (await transitionClaim(journalist, claim.id, { to: 'VERIFYING', version: v })).version;
    await expect(
      transitionClaim(journalist, claim.id, { to: 'IN_REVIEW', version: v }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/at least one source/) });
    v = (await addSource(journalist, claim.id, { ...SOURCE, version: v })).version;
    await expect(
      transitionClaim(journalist, claim.id, { to: 'IN_REVIEW', version: v }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/Propose a verdict/) });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      state: 'VERIFYING',
      version: v,
    });
  });

  it('dismisses with a reason and reopens', async () => {
    const { journalist, claim } = await freshClaim();
    const dismissed = await transitionClaim(journalist, claim.id, {
      to: 'DISMISSED',
      version: claim.version,
      reason: 'NOT_CHECKABLE',
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).dismissReason).toBe(
      'NOT_CHECKABLE',
    );
    await transitionClaim(journalist, claim.id, { to: 'EXTRACTED', version: dismissed.version });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      state: 'EXTRACTED',
      dismissReason: null,
    });
  });

  it('needs a quorum of distinct editors, without the author, when the quorum is above 1', async () => {
    await setQuorum(2);
    const author = await actor('EDITOR');
    const [e1, e2] = [await actor('EDITOR'), await actor('ADMIN')];
    const claim = await createClaimInState(db, { authorId: author.id, state: 'IN_REVIEW' });
    await expect(
      reviewClaim(author, claim.id, { decision: 'approve', version: claim.version }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const first = await reviewClaim(e1, claim.id, { decision: 'approve', version: claim.version });
    expect(first.state).toBe('IN_REVIEW');
    await expect(
      reviewClaim(e1, claim.id, { decision: 'approve', version: first.version }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const second = await reviewClaim(e2, claim.id, { decision: 'approve', version: first.version });
    expect(second.state).toBe('APPROVED');
  });

  it('keeps the published verdict public during a correction and records a dated correction note', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const claim = await createClaimInState(db, { authorId: journalist.id, state: 'PUBLISHED' });
    const reopened = await transitionClaim(editor, claim.id, {
      to: 'VERIFYING',
      version: claim.version,
      note: 'A reader pointed out a newer figure.',
    });
    expect(await db.publication.count({ where: { claimId: claim.id, withdrawnAt: null } })).toBe(1);

    let v = (
      await proposeVerdict(journalist, claim.id, {
        ...VERDICT,
        rating: 'MOSTLY_TRUE',
        version: reopened.version,
      })
    ).version;
    v = (await transitionClaim(journalist, claim.id, { to: 'IN_REVIEW', version: v })).version;
    v = (await reviewClaim(editor, claim.id, { decision: 'approve', version: v })).version;
    await expect(
      transitionClaim(editor, claim.id, { to: 'PUBLISHED', version: v }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/correction note/) });
    const republished = await transitionClaim(editor, claim.id, {
      to: 'PUBLISHED',
      version: v,
      note: 'Updated to the UN’s May figure.',
    });
    const publications = await db.publication.findMany({
      where: { claimId: claim.id },
      orderBy: { publishedAt: 'asc' },
    });
    expect(publications).toHaveLength(2);
    expect(publications[1]).toMatchObject({
      id: republished.publicationId,
      correctionNote: 'Updated to the UN’s May figure.',
      rating: 'MOSTLY_TRUE',
    });
  });

  it('refuses journalists the editor moves', async () => {
    const journalist = await actor('JOURNALIST');
    const approved = await createClaimInState(db, { authorId: journalist.id, state: 'APPROVED' });
    await expect(
      transitionClaim(journalist, approved.id, { to: 'PUBLISHED', version: approved.version }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/Only editors and admins/),
    });
    const inReview = await createClaimInState(db, { authorId: journalist.id, state: 'IN_REVIEW' });
    await expect(
      reviewClaim(journalist, inReview.id, { decision: 'approve', version: inReview.version }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
