// Issue 11 §5: the verdict's author never counts toward its own approval (an admin setting, on by
// default), and a correction keeps the original credits while adding who corrected it.
import { afterEach, describe, expect, it } from 'vitest';
import { proposeVerdict } from '@/lib/data/evidence';
import { getSettingsForAdmin, updateSettings } from '@/lib/data/settings';
import { db } from '@/lib/db';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { createClaimInState } from '@/prisma/factories';
import { actor, setQuorum } from '../../support/actors';

async function setTwoPersonRule(on: boolean) {
  await db.newsroomSettings.upsert({
    where: { id: 'newsroom' },
    create: { id: 'newsroom', twoPersonRule: on },
    update: { twoPersonRule: on },
  });
}

afterEach(async () => {
  await setTwoPersonRule(true);
  await setQuorum(1);
});

describe('two-person rule', () => {
  it('is on by default and an admin can turn it off, audited', async () => {
    const admin = await actor('ADMIN');
    const { settings } = await getSettingsForAdmin(admin);
    expect(settings.twoPersonRule).toBe(true);
    await updateSettings(admin, { ...settings, url: settings.url ?? '', twoPersonRule: false });
    expect((await getSettingsForAdmin(admin)).settings.twoPersonRule).toBe(false);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entity: 'settings', action: 'settings.update' },
      orderBy: { id: 'desc' },
    });
    expect(event.after).toMatchObject({ twoPersonRule: false });
    // A client that does not send the field leaves it as it is.
    const { twoPersonRule: _omitted, ...rest } = settings;
    await updateSettings(admin, { ...rest, url: rest.url ?? '' });
    expect((await getSettingsForAdmin(admin)).settings.twoPersonRule).toBe(false);
  });

  it('keeps an editor from approving their own verdict even at quorum 1', async () => {
    const author = await actor('EDITOR');
    const other = await actor('EDITOR');
    const claim = await createClaimInState(db, { authorId: author.id, state: 'IN_REVIEW' });
    await expect(
      reviewClaim(author, claim.id, { decision: 'approve', version: claim.version }),
    ).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/two-person/) });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(0);
    const approved = await reviewClaim(other, claim.id, {
      decision: 'approve',
      version: claim.version,
    });
    expect(approved.state).toBe('APPROVED');
  });

  it('lets the author approve alone at quorum 1 once an admin turns it off', async () => {
    await setTwoPersonRule(false);
    const author = await actor('EDITOR');
    const claim = await createClaimInState(db, { authorId: author.id, state: 'IN_REVIEW' });
    const approved = await reviewClaim(author, claim.id, {
      decision: 'approve',
      version: claim.version,
    });
    expect(approved.state).toBe('APPROVED');
  });

  it('does not count an approval the author gave before the rule applied', async () => {
    await setQuorum(2);
    await setTwoPersonRule(false);
    const author = await actor('EDITOR');
    const [second, third] = [await actor('EDITOR'), await actor('EDITOR')];
    const claim = await createClaimInState(db, { authorId: author.id, state: 'IN_REVIEW' });
    // With the rule off and a quorum of 2, the author may not approve either.
    await expect(
      reviewClaim(author, claim.id, { decision: 'approve', version: claim.version }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await db.review.create({
      data: { claimId: claim.id, reviewerId: author.id, round: 0, decision: 'APPROVE' },
    });
    await setTwoPersonRule(true);
    const first = await reviewClaim(second, claim.id, {
      decision: 'approve',
      version: claim.version,
    });
    expect(first.state).toBe('IN_REVIEW');
    const done = await reviewClaim(third, claim.id, {
      decision: 'approve',
      version: first.version,
    });
    expect(done.state).toBe('APPROVED');
  });
});

describe('credits through a correction', () => {
  it('keeps the original checker and approvers and adds who corrected it', async () => {
    const checker = await actor('JOURNALIST', 'Casey Original');
    const firstEditor = await actor('EDITOR', 'Emery First');
    const corrector = await actor('JOURNALIST', 'Robin Corrector');
    const secondEditor = await actor('EDITOR', 'Sam Second');
    const claim = await createClaimInState(db, { authorId: checker.id, state: 'IN_REVIEW' });
    let v = (
      await reviewClaim(firstEditor, claim.id, { decision: 'approve', version: claim.version })
    ).version;
    v = (await transitionClaim(firstEditor, claim.id, { to: 'PUBLISHED', version: v })).version;
    const original = await db.publication.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(original).toMatchObject({
      checkedBy: 'Casey Original',
      approvedBy: ['Emery First'],
      correctedBy: [],
    });

    v = (
      await transitionClaim(secondEditor, claim.id, {
        to: 'VERIFYING',
        version: v,
        note: 'New figures out.',
      })
    ).version;
    v = (
      await proposeVerdict(corrector, claim.id, {
        version: v,
        rating: 'FALSE',
        summary: 'The revised figures show the opposite.',
        explanation: 'The statistics office revised the series.',
      })
    ).version;
    v = (await transitionClaim(corrector, claim.id, { to: 'IN_REVIEW', version: v })).version;
    v = (await reviewClaim(secondEditor, claim.id, { decision: 'approve', version: v })).version;
    const republished = await transitionClaim(secondEditor, claim.id, {
      to: 'PUBLISHED',
      version: v,
      note: 'Updated to the revised series.',
    });
    const correction = await db.publication.findUniqueOrThrow({
      where: { id: republished.publicationId! },
    });
    expect(correction).toMatchObject({
      checkedBy: 'Casey Original',
      approvedBy: ['Emery First', 'Sam Second'],
      correctedBy: ['Robin Corrector'],
    });
  });
});
