import { describe, expect, it } from 'vitest';
import { createArticle } from '@/lib/data/article-import';
import { addClaim, mergeClaims, splitClaim, updateClaim } from '@/lib/data/claim-edits';
import { db } from '@/lib/db';
import { transitionClaim } from '@/lib/workflow/service';
import { actor, expectSpansConsistent, SAMPLE_BODY, sampleBody } from './fixtures';

async function importedArticle() {
  const user = await actor();
  const saved = await createArticle(user, { title: `Edits ${Date.now()}`, body: sampleBody() });
  const claims = await db.claim.findMany({
    where: { articleId: saved.id },
    orderBy: { start: 'asc' },
  });
  return { user, articleId: saved.id, claims };
}

const auditOf = (claimId: string) =>
  db.auditEvent.findMany({ where: { entity: 'claim', entityId: claimId }, orderBy: { id: 'asc' } });

describe('claim edits keep offsets consistent and are audited', () => {
  it('adds a claim from a span of the text', async () => {
    const { user, articleId } = await importedArticle();
    const start = SAMPLE_BODY.indexOf('at a press conference');
    const end = start + 'at a press conference'.length;
    const claim = await addClaim(user, articleId, {
      start,
      end,
      speaker: 'Reporter',
      speakerRole: '',
    });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({
      text: 'at a press conference',
      start,
      end,
      speaker: 'Reporter',
      speakerRole: null,
      state: 'EXTRACTED',
    });
    await expectSpansConsistent(articleId);
    expect(await auditOf(claim.id)).toEqual([
      expect.objectContaining({ action: 'claim.add', actorId: user.id }),
    ]);
  });

  it('refuses a span outside the text or of whitespace only, and changes nothing', async () => {
    const { user, articleId } = await importedArticle();
    const before = await db.claim.count({ where: { articleId } });
    const { body } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    await expect(
      addClaim(user, articleId, { start: 10, end: body.length + 5 }),
    ).rejects.toMatchObject({ code: 'invalid' });
    const blank = SAMPLE_BODY.indexOf('\n\n');
    await expect(addClaim(user, articleId, { start: blank, end: blank + 2 })).rejects.toMatchObject(
      { code: 'invalid' },
    );
    await expect(addClaim(null, articleId, { start: 0, end: 5 })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(await db.claim.count({ where: { articleId } })).toBe(before);
  });

  it('edits span, speaker and role at the version seen; a stale version is a conflict that changes nothing', async () => {
    const { user, articleId, claims } = await importedArticle();
    const target = claims.find((c) => c.text.startsWith('We have cut crime'))!;
    const newStart = target.start - 1; // include the opening quote mark
    const result = await updateClaim(user, target.id, {
      version: target.version,
      start: newStart,
      end: target.end,
      speaker: 'Ana López',
      speakerRole: 'Mayor',
    });
    expect(result.version).toBe(target.version + 1);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: target.id } });
    expect(stored).toMatchObject({
      start: newStart,
      text: SAMPLE_BODY.slice(newStart, target.end),
      speaker: 'Ana López',
      speakerRole: 'Mayor',
    });
    await expectSpansConsistent(articleId);
    expect((await auditOf(target.id)).map((e) => e.action)).toEqual(['claim.edit']);

    await expect(
      updateClaim(user, target.id, { version: target.version, speaker: 'Someone else' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/changed by someone else/),
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: target.id } })).speaker).toBe(
      'Ana López',
    );
  });

  it('splits a claim at a word boundary into two adjacent claims', async () => {
    const { user, articleId, claims } = await importedArticle();
    const target = claims.find((c) => c.text.startsWith('the plan would cost'))!;
    const at = target.start + target.text.indexOf('$12');
    const result = await splitClaim(user, target.id, { version: target.version, at });
    const [first, second] = await Promise.all([
      db.claim.findUniqueOrThrow({ where: { id: target.id } }),
      db.claim.findUniqueOrThrow({ where: { id: result.newClaim.id } }),
    ]);
    // The space before the cut stays with neither half.
    expect(first).toMatchObject({ start: target.start, end: at - 1, version: target.version + 1 });
    expect(first.text).toBe(first.text.trim());
    expect(second).toMatchObject({ start: at, end: target.end, speaker: target.speaker });
    expect(second.text.startsWith('$12 billion')).toBe(true);
    await expectSpansConsistent(articleId);
    expect((await auditOf(target.id)).map((e) => e.action)).toEqual(['claim.split']);
    expect((await auditOf(second.id)).map((e) => e.action)).toEqual(['claim.add']);
    await expect(
      splitClaim(user, target.id, { version: first.version, at: target.end + 5 }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('merges claims: the first takes the joined span, the others are dismissed as duplicates', async () => {
    const { user, articleId, claims } = await importedArticle();
    const [a, b] = claims.filter((c) => c.speaker === 'Ana Lopez');
    const result = await mergeClaims(user, {
      claimIds: [b.id, a.id],
      versions: { [a.id]: a.version, [b.id]: b.version },
    });
    expect(result.id).toBe(a.id);
    const kept = await db.claim.findUniqueOrThrow({ where: { id: a.id } });
    expect(kept).toMatchObject({
      start: a.start,
      end: b.end,
      text: SAMPLE_BODY.slice(a.start, b.end),
    });
    expect(await db.claim.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      state: 'DISMISSED',
      dismissReason: 'DUPLICATE',
    });
    await expectSpansConsistent(articleId);
    expect((await auditOf(a.id)).map((e) => e.action)).toEqual(['claim.merge']);
    expect((await auditOf(b.id)).map((e) => e.action)).toEqual(['claim.merge']);
  });

  it('a stale version in a merge changes nothing', async () => {
    const { user, claims } = await importedArticle();
    const [a, b] = claims;
    await updateClaim(user, b.id, { version: b.version, speaker: 'Changed' });
    await expect(
      mergeClaims(user, {
        claimIds: [a.id, b.id],
        versions: { [a.id]: a.version, [b.id]: b.version },
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.claim.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      end: a.end,
      version: a.version,
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: b.id } })).state).toBe('EXTRACTED');
  });

  it('merges only claims the workflow may dismiss: one being sourced is not absorbed', async () => {
    const { user, claims } = await importedArticle();
    const [a, b] = [...claims].sort((x, y) => x.start - y.start);
    const sourcing = await transitionClaim(user, b.id, { to: 'SOURCING', version: b.version });
    await expect(
      mergeClaims(user, {
        claimIds: [a.id, b.id],
        versions: { [a.id]: a.version, [b.id]: sourcing.version },
      }),
    ).rejects.toMatchObject({ code: 'invalid', message: /cannot move to Dismissed/ });
    expect(await db.claim.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      end: a.end,
      version: a.version,
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: b.id } })).state).toBe('SOURCING');
  });

  it('dismisses a claim as not check-worthy, audited', async () => {
    const { user, claims } = await importedArticle();
    const target = claims[0];
    const result = await transitionClaim(user, target.id, {
      to: 'DISMISSED',
      version: target.version,
      reason: 'NOT_CHECKABLE',
    });
    expect(result).toMatchObject({ state: 'DISMISSED', version: target.version + 1 });
    expect(await db.claim.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      state: 'DISMISSED',
      dismissReason: 'NOT_CHECKABLE',
    });
    expect((await auditOf(target.id)).map((e) => e.action)).toEqual(['claim.dismiss']);
  });
});
