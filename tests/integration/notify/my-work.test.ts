import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getMyWork, MY_WORK_ROWS } from '@/lib/data/my-work';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { createArticle, createClaim, createClaimInState } from '@/prisma/factories';
import { actor, setQuorum } from '../../support/actors';

describe('my work', () => {
  it('lists changes requested on my verdicts, my verdicts in review and the newest articles', async () => {
    await setQuorum(1);
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const sentBack = await createClaimInState(db, { authorId: journalist.id, state: 'IN_REVIEW' });
    const waiting = await createClaimInState(db, { authorId: journalist.id, state: 'IN_REVIEW' });
    const resubmitted = await createClaimInState(db, {
      authorId: journalist.id,
      state: 'IN_REVIEW',
    });
    await reviewClaim(editor, sentBack.id, {
      decision: 'request_changes',
      note: 'Name the survey.',
      version: sentBack.version,
    });
    const back = await reviewClaim(editor, resubmitted.id, {
      decision: 'request_changes',
      note: 'Fixed since.',
      version: resubmitted.version,
    });
    await transitionClaim(journalist, resubmitted.id, { to: 'IN_REVIEW', version: back.version });
    const article = await createArticle(db, {
      createdById: editor.id,
      title: 'Newest budget story',
    });

    const work = await getMyWork(journalist);
    expect(work.changesRequested.map((c) => [c.id, c.note, c.reviewer])).toEqual([
      [sentBack.id, 'Name the survey.', editor.name],
    ]);
    expect(work.myVerdictsInReview.map((c) => c.id).sort()).toEqual(
      [waiting.id, resubmitted.id].sort(),
    );
    expect(work.recentArticles[0]).toMatchObject({ id: article.id, addedBy: editor.name });
    expect((await getMyWork(editor)).changesRequested).toEqual([]);
  });

  it('shows the first rows of my claims and says there are more (the queue has the rest)', async () => {
    const journalist = await actor('JOURNALIST');
    const article = await createArticle(db, { createdById: journalist.id, extract: false });
    const mine = async (count: number) => {
      for (let i = 0; i < count; i += 1)
        await createClaim(db, {
          articleId: article.id,
          text: `Claim number ${i} of many`,
          start: 0,
          assigneeId: journalist.id,
        });
    };
    await mine(MY_WORK_ROWS);
    const exactly = await getMyWork(journalist);
    expect([exactly.myClaims.length, exactly.moreMyClaims]).toEqual([MY_WORK_ROWS, false]);
    await mine(1);
    const more = await getMyWork(journalist);
    expect([more.myClaims.length, more.moreMyClaims]).toEqual([MY_WORK_ROWS, true]);
  });
});
