// Issue 11 §5: the newsroom's rating scale is a table admins edit; verdicts reference its entries,
// and publications freeze the rating's name and ClaimReview value as published.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listClaims } from '@/lib/data/claim-queue-page';
import { proposeVerdict } from '@/lib/data/evidence';
import { getPublicClaimPage } from '@/lib/data/public/claim-page';
import {
  createRatingEntry,
  getRatingScale,
  getRatingScaleForAdmin,
  moveRatingEntry,
  setRatingEntryArchived,
  updateRatingBounds,
  updateRatingEntry,
} from '@/lib/data/rating-scale';
import { db } from '@/lib/db';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { createClaimInState } from '@/prisma/factories';
import { actor } from '../../support/actors';

const unique = () => randomUUID().slice(0, 6);

async function newRating(value: number | null = 3) {
  const admin = await actor('ADMIN');
  const name = `Half true ${unique()}`;
  const entry = await createRatingEntry(admin, {
    name,
    description: 'Partly accurate, leaving out important details.',
    colour: '#0E7490',
    ratingValue: value === null ? '' : String(value),
  });
  return { admin, entry };
}

/** A claim taken from verifying to published with `rating`, through the workflow service. */
async function publishWith(rating: string) {
  const journalist = await actor('JOURNALIST');
  const editor = await actor('EDITOR');
  const claim = await createClaimInState(db, { authorId: journalist.id, state: 'VERIFYING' });
  let v = (
    await proposeVerdict(journalist, claim.id, {
      version: claim.version,
      rating,
      summary: 'Half of it holds.',
      explanation: 'The first figure is right; the second is not.',
    })
  ).version;
  v = (await transitionClaim(journalist, claim.id, { to: 'IN_REVIEW', version: v })).version;
  v = (await reviewClaim(editor, claim.id, { decision: 'approve', version: v })).version;
  const published = await transitionClaim(editor, claim.id, { to: 'PUBLISHED', version: v });
  return { claim, journalist, publicationId: published.publicationId! };
}

describe('the rating scale', () => {
  it('is seeded with the seven ratings verdicts had, values and colours included', async () => {
    const scale = await getRatingScale();
    const seeded = scale.entries.filter((entry) => /^[A-Z_]+$/.test(entry.key));
    expect(
      ['TRUE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE', 'FALSE', 'MISLEADING', 'UNPROVEN'].map(
        (key) => {
          const entry = seeded.find((e) => e.key === key)!;
          return [entry.name, entry.ratingValue, entry.colour];
        },
      ),
    ).toEqual([
      ['True', 5, '#166534'],
      ['Mostly true', 4, '#65a30d'],
      ['Mixed', 3, '#d97706'],
      ['Mostly false', 2, '#ea580c'],
      ['False', 1, '#991b1b'],
      ['Misleading', null, '#7e22ce'],
      ['Unproven', null, '#64748b'],
    ]);
    expect([scale.worst, scale.best]).toEqual([1, 5]);
  });

  it('filters by a rating of the scale, and calls an unknown one a mistake', async () => {
    const editor = await actor('EDITOR');
    const claim = await createClaimInState(db, { authorId: editor.id, state: 'VERIFYING' });
    const filter = { article: claim.articleId };
    expect((await listClaims(editor, { ...filter, rating: 'MOSTLY_TRUE' })).rows).toHaveLength(1);
    expect((await listClaims(editor, { ...filter, rating: 'FALSE' })).rows).toHaveLength(0);
    await expect(listClaims(editor, { rating: 'NO_SUCH_RATING' })).rejects.toMatchObject({
      code: 'invalid',
      fields: { rating: 'Not a rating of the scale.' },
    });
  });

  it('is edited by admins only, each change audited', async () => {
    const editor = await actor('EDITOR');
    await expect(getRatingScaleForAdmin(editor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      createRatingEntry(editor, {
        name: 'Nope',
        description: '',
        colour: '#000000',
        ratingValue: '',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });

    const { admin, entry } = await newRating();
    expect(entry).toMatchObject({ colour: '#0e7490', ratingValue: 3, archived: false });
    expect(entry.key).toMatch(/^HALF_TRUE_[A-Z0-9_]+$/);
    const scale = await getRatingScaleForAdmin(admin);
    expect(scale.entries.at(-1)?.key).toBe(entry.key);

    await moveRatingEntry(admin, entry.key, { direction: 'up' });
    const order = (await getRatingScale()).entries.map((e) => e.key);
    expect(order.indexOf(entry.key)).toBeLessThan(order.length - 1);

    await updateRatingEntry(admin, entry.key, {
      name: `${entry.name} (renamed)`,
      description: entry.description,
      colour: '#7c2d12',
      ratingValue: '2',
    });
    const events = await db.auditEvent.findMany({
      where: { entity: 'ratingScale', entityId: entry.key },
      orderBy: { id: 'asc' },
    });
    expect(events.map((event) => event.action)).toEqual([
      'rating.create',
      'rating.move',
      'rating.update',
    ]);
    expect(events[2].before).toEqual({ name: entry.name, colour: '#0e7490', ratingValue: 3 });
    expect(events.every((event) => event.actorId === admin.id)).toBe(true);
  });

  it('refuses a duplicate name and a value off the declared scale', async () => {
    const { admin, entry } = await newRating();
    await expect(
      createRatingEntry(admin, {
        name: entry.name,
        description: '',
        colour: '#000000',
        ratingValue: '',
      }),
    ).rejects.toMatchObject({ code: 'invalid', fields: { name: 'Another rating has this name.' } });
    await expect(
      updateRatingEntry(admin, entry.key, { ...entry, ratingValue: '9' }),
    ).rejects.toMatchObject({ code: 'invalid', fields: { ratingValue: expect.any(String) } });
    // Narrowing the scale below an entry's value is refused, and changes nothing.
    await expect(updateRatingBounds(admin, { best: 2, worst: 1 })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await getRatingScale()).toMatchObject({ best: 5, worst: 1 });
  });

  it('lets a journalist use a new rating; the publication freezes its name and value', async () => {
    const { admin, entry } = await newRating(3);
    const { claim, publicationId } = await publishWith(entry.key);
    const publication = await db.publication.findUniqueOrThrow({ where: { id: publicationId } });
    expect(publication).toMatchObject({
      rating: entry.key,
      ratingName: entry.name,
      ratingValue: 3,
      ratingBest: 5,
      ratingWorst: 1,
    });

    // Renaming and re-mapping later leaves what readers were shown as it was published.
    await updateRatingEntry(admin, entry.key, {
      ...entry,
      name: `${entry.name}!`,
      ratingValue: '',
    });
    const page = await getPublicClaimPage(claim.slug);
    expect(page?.claim.ratingPublished.name).toBe(entry.name);
    expect(page?.claimReview.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 3,
      bestRating: 5,
      worstRating: 1,
      alternateName: entry.name,
    });
  });

  it('archives instead of deleting: no longer offered, kept by the verdicts that have it', async () => {
    const { admin, entry } = await newRating();
    const { claim } = await publishWith(entry.key);
    await setRatingEntryArchived(admin, entry.key, { archived: true });
    expect((await getRatingScale()).entries.find((e) => e.key === entry.key)?.archived).toBe(true);

    // A verdict already rated with it keeps it; another claim cannot choose it.
    const journalist = await actor('JOURNALIST');
    const other = await createClaimInState(db, { authorId: journalist.id, state: 'VERIFYING' });
    await expect(
      proposeVerdict(journalist, other.id, {
        version: other.version,
        rating: entry.key,
        summary: 'x',
        explanation: 'y',
      }),
    ).rejects.toMatchObject({ code: 'invalid', fields: { rating: expect.any(String) } });
    await expect(
      proposeVerdict(journalist, other.id, {
        version: other.version,
        rating: 'NO_SUCH_RATING',
        summary: 'x',
        explanation: 'y',
      }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).rating).toBe(entry.key);

    // The database itself refuses to delete a rating a verdict uses.
    await expect(db.ratingScaleEntry.delete({ where: { key: entry.key } })).rejects.toThrow();

    await setRatingEntryArchived(admin, entry.key, { archived: false });
    const actions = await db.auditEvent.findMany({
      where: { entity: 'ratingScale', entityId: entry.key },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      'rating.create',
      'rating.archive',
      'rating.restore',
    ]);
  });
});
