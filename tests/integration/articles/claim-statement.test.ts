import { describe, expect, it } from 'vitest';
import { createArticle } from '@/lib/data/article-import';
import { updateClaim } from '@/lib/data/claim-edits';
import { getPublishedClaim } from '@/lib/data/public/claims';
import { db } from '@/lib/db';
import { composeStatement } from '@/lib/extraction/statement';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { createClaimInState } from '@/prisma/factories';
import { actor } from './fixtures';

const BODY = `Harbour master Ines Varga said the new pier cost 14 million euros. Varga added that ferry traffic doubled in 2025.

Port officials warned that two cranes had been idle for weeks. According to the port authority, cargo volumes fell 8 percent in June.`;

describe('the claim statement', () => {
  it('is prefilled from the extraction, and a speaker’s role carries to all their claims', async () => {
    const user = await actor();
    const saved = await createArticle(user, { title: `Statement ${Date.now()}`, body: BODY });
    const claims = await db.claim.findMany({
      where: { articleId: saved.id },
      orderBy: { start: 'asc' },
    });
    expect(claims.length).toBeGreaterThan(1);
    for (const claim of claims) {
      expect(claim.statement).toBe(composeStatement(claim));
      expect(claim.statement.toLowerCase()).toContain(claim.speaker?.toLowerCase() ?? '');
    }
    const varga = claims.filter((claim) => claim.speaker === 'Ines Varga');
    expect(varga.length).toBeGreaterThan(1);
    expect(new Set(varga.map((claim) => claim.speakerRole))).toEqual(new Set(['Harbour master']));
  });

  it('is edited at the claim’s version and audited; blank is refused; locked once in review', async () => {
    const journalist = await actor();
    const claim = await createClaimInState(db, { authorId: journalist.id, state: 'VERIFYING' });
    await expect(
      updateClaim(journalist, claim.id, { version: claim.version, statement: '  ' }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    const saved = await updateClaim(journalist, claim.id, {
      version: claim.version,
      statement: ' The ministry says joblessness fell last month ',
    });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({
      statement: 'The ministry says joblessness fell last month',
      version: saved.version,
    });
    const audit = await db.auditEvent.findFirst({
      where: { entity: 'claim', entityId: claim.id, action: 'claim.edit' },
    });
    expect(audit?.after).toMatchObject({
      statement: 'The ministry says joblessness fell last month',
    });

    const inReview = await transitionClaim(journalist, claim.id, {
      to: 'IN_REVIEW',
      version: saved.version,
    });
    await expect(
      updateClaim(journalist, claim.id, { version: inReview.version, statement: 'Other words' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe(
      'The ministry says joblessness fell last month',
    );
  });

  it('follows a speaker fix while unedited, and keeps the journalist’s words once edited', async () => {
    const journalist = await actor();
    const claim = await createClaimInState(db, { authorId: journalist.id, state: 'SOURCING' });
    const fixed = await updateClaim(journalist, claim.id, {
      version: claim.version,
      speaker: 'the finance ministry',
    });
    const followed = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(followed.statement).toMatch(/^The finance ministry says /);
    const edited = await updateClaim(journalist, claim.id, {
      version: fixed.version,
      statement: 'Officials say unemployment fell',
    });
    await updateClaim(journalist, claim.id, { version: edited.version, speaker: 'the cabinet' });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe(
      'Officials say unemployment fell',
    );
  });

  it('is frozen in the publication and is what readers see; a later edit waits for republication', async () => {
    const journalist = await actor();
    const editor = await actor('EDITOR');
    const claim = await createClaimInState(db, { authorId: journalist.id, state: 'VERIFYING' });
    let v = (
      await updateClaim(journalist, claim.id, {
        version: claim.version,
        statement: 'The ministry says unemployment hit a record low',
      })
    ).version;
    v = (await transitionClaim(journalist, claim.id, { to: 'IN_REVIEW', version: v })).version;
    v = (await reviewClaim(editor, claim.id, { decision: 'approve', version: v })).version;
    const published = await transitionClaim(editor, claim.id, { to: 'PUBLISHED', version: v });
    const publication = await db.publication.findUniqueOrThrow({
      where: { id: published.publicationId! },
    });
    expect(publication.statement).toBe('The ministry says unemployment hit a record low');

    // A correction reopens the claim; the new wording is not public until published again.
    v = (
      await transitionClaim(editor, claim.id, {
        to: 'VERIFYING',
        version: published.version,
        note: 'The rate was 4 percent.',
      })
    ).version;
    await updateClaim(journalist, claim.id, {
      version: v,
      statement: 'The ministry says unemployment fell to 4 percent',
    });
    expect((await getPublishedClaim(claim.slug))?.statement).toBe(
      'The ministry says unemployment hit a record low',
    );
  });
});
