import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getMyWork } from '@/lib/data/my-work';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { createArticle, createClaimInState } from '@/prisma/factories';
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
});
