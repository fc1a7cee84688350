// Claim rows, mentions and articles are read with their names in one JOINed statement each; the
// objects must be those Prisma's relation loads gave.
import { describe, expect, it } from 'vitest';
import { claimRowsInOrder } from '@/lib/data/claim-queue-page';
import { claimRowSelect, reviewQueue } from '@/lib/data/claims';
import { getMyWork } from '@/lib/data/my-work';
import { addNote, listMentions } from '@/lib/data/notes';
import { db } from '@/lib/db';
import { createArticle, createClaim, createClaimInState } from '@/prisma/factories';
import { actor } from '../../support/actors';

describe('claim rows with their article and assignee', () => {
  it('are the rows claimRowSelect gives, in the order asked, assigned or not', async () => {
    const journalist = await actor('JOURNALIST', 'Row Assignee');
    const article = await createArticle(db, { createdById: journalist.id, extract: false });
    const assigned = await createClaim(db, {
      articleId: article.id,
      text: 'An assigned claim',
      start: 0,
      assigneeId: journalist.id,
    });
    await db.claim.update({ where: { id: assigned.id }, data: { dueAt: new Date('2031-05-06') } });
    const unassigned = await createClaim(db, {
      articleId: article.id,
      text: 'A claim nobody has',
      start: 0,
    });
    const ids = [unassigned.id, 'no-such-claim', assigned.id];

    const rows = await claimRowsInOrder(ids);
    const prisma = await db.claim.findMany({ where: { id: { in: ids } }, select: claimRowSelect });
    expect(rows).toEqual([unassigned.id, assigned.id].map((id) => prisma.find((r) => r.id === id)));
    expect(rows[1].assignee).toEqual({ id: journalist.id, name: 'Row Assignee' });
    expect(rows[1].article).toEqual({ id: article.id, title: article.title });
    expect(rows[0].assignee).toBeNull();
    expect(await claimRowsInOrder([])).toEqual([]);
  });

  it('fill the review queue oldest first, as Prisma ordered them', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    for (let i = 0; i < 3; i += 1)
      await createClaimInState(db, { authorId: journalist.id, state: 'IN_REVIEW' });
    const queue = await reviewQueue(editor, 200);
    const prisma = await db.claim.findMany({
      where: { state: 'IN_REVIEW' },
      select: claimRowSelect,
      orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
      take: 200,
    });
    expect(queue).toEqual(prisma);
  });
});

describe('my work, names joined', () => {
  it('names who mentioned me and who added each article; empty lists stay empty', async () => {
    const journalist = await actor('JOURNALIST', 'Mention Author');
    const editor = await actor('EDITOR');
    const claim = await createClaimInState(db, { authorId: journalist.id, state: 'SOURCING' });
    const handle = editor.email.split('@')[0];
    await addNote(journalist, claim.id, { body: `Can you look, @${handle}?` });

    const [mention] = await listMentions(editor, 10);
    const statement = (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement;
    expect(mention).toMatchObject({
      author: 'Mention Author',
      claimId: claim.id,
      claimText: statement,
      body: `Can you look, @${handle}?`,
    });
    expect(mention.createdAt).toBeInstanceOf(Date);

    const work = await getMyWork(editor);
    expect(work.mentions.map((m) => m.author)).toEqual(['Mention Author']);
    expect(work.recentArticles.find((a) => a.id === claim.articleId)).toMatchObject({
      addedBy: 'Mention Author',
      claimCount: 1,
    });
    expect(work.myClaims).toEqual([]);
    expect(work.changesRequested).toEqual([]);
    expect(work.myVerdictsInReview).toEqual([]);
  });
});
