import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateClaim, addClaim } from '@/lib/data/claim-edits';
import { exportTrainingRecords } from '@/lib/data/training-data';
import { db } from '@/lib/db';
import { transitionClaim } from '@/lib/workflow/service';
import { createArticle, createClaim, createClaimInState } from '@/prisma/factories';
import { loadExtraFile } from '@/scripts/lib/checkworthiness/data';
import { trainCheckworthiness } from '@/scripts/lib/checkworthiness/train';
import { actor } from '../../support/actors';

// A small invented base corpus stands in for ClaimBuster so the test is fast and needs no shared data.
const FACTS = [
  'The agency hired 40 new inspectors in March.',
  'Exports fell 12 percent in the second quarter.',
  'The court fined the company $2 million on Friday.',
  'Police arrested three men near the station.',
  'The plant produced 900 tonnes of steel last year.',
  'Rainfall was 30 percent below average in July.',
  'The council closed two libraries in 2021.',
  'Ticket prices rose by 8 percent after the strike.',
  'The bridge carries 9,000 cars a day.',
  'Officials counted 1,200 ballots by hand.',
  'The hospital treated 65 patients for burns.',
  'The firm cut 300 jobs at its northern plant.',
];
const OPINIONS = [
  'This is a wonderful day for everyone here.',
  'We have to keep our heads up and carry on.',
  'I think the people deserve better than this.',
  'It is time to look forward with courage.',
  'Nobody here wants to go back to the old days.',
  'That would be a mistake for our country.',
  'They should be ashamed of themselves.',
  'Our hearts go out to the families.',
  'I am proud of what we have built together.',
  'Let us all work together for a better future.',
  'The mood in town is hopeful and calm.',
  'We love this city and its people.',
];
const BASE = [...FACTS, ...OPINIONS].map((text, i) => ({
  sentence_id: i + 1,
  label: (i < FACTS.length ? 1 : 0) as 0 | 1,
  text,
}));
const OPTIONS = {
  bits: 12,
  lambdas: [1e-2],
  folds: 2,
  seed: 7,
  holdout: { seed: 3, every: 6 },
  extraWeight: 1,
  operatingPoint: 'news' as const,
  maxIterations: 60,
};

const OPINION = 'The new stadium is a shameful waste of public money';
const ADDED = 'The stadium seats 41,000 people';
const FLAGGED = 'Fans queued outside for hours';
const CORRECTED = 'The club sold 12,000 season tickets';
const BODY = `${OPINION}, a councillor said. ${ADDED}. ${FLAGGED}. ${CORRECTED}, the club said.`;

describe('training-data export round trip', () => {
  it('exports the journalists’ decisions as labels that change the trained model', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const article = await createArticle(db, {
      createdById: journalist.id,
      body: BODY,
      extract: false,
    });
    const at = (text: string) => BODY.indexOf(text);
    const opinion = await createClaim(db, {
      articleId: article.id,
      text: OPINION,
      start: at(OPINION),
    });
    const flagged = await createClaim(db, {
      articleId: article.id,
      text: FLAGGED,
      start: at(FLAGGED),
    });
    const corrected = await createClaim(db, {
      articleId: article.id,
      text: CORRECTED,
      start: at(CORRECTED),
      speaker: 'a councillor',
    });
    await transitionClaim(editor, opinion.id, {
      to: 'DISMISSED',
      version: opinion.version,
      reason: 'OPINION',
    });
    const added = await addClaim(journalist, article.id, {
      start: at(ADDED),
      end: at(ADDED) + ADDED.length,
    });
    await updateClaim(journalist, flagged.id, { version: flagged.version, checkworthy: false });
    await updateClaim(journalist, corrected.id, {
      version: corrected.version,
      speaker: 'the club',
    });
    const published = await createClaimInState(db, { authorId: journalist.id, state: 'PUBLISHED' });

    const ours = new Set([opinion.id, added.id, flagged.id, corrected.id, published.id]);
    const records = (await exportTrainingRecords(db)).filter((r) => ours.has(r.claimId!));
    const byId = new Map(records.map((r) => [r.claimId, r]));
    expect(records).toHaveLength(5);
    expect(byId.get(opinion.id)).toMatchObject({
      text: OPINION,
      checkworthy: false,
      reason: 'dismissed_opinion',
    });
    expect(byId.get(added.id)).toMatchObject({
      text: ADDED,
      checkworthy: true,
      reason: 'added_by_hand',
    });
    expect(byId.get(flagged.id)).toMatchObject({
      checkworthy: false,
      reason: 'marked_not_checkworthy',
    });
    expect(byId.get(corrected.id)).toMatchObject({
      checkworthy: null,
      corrections: { speaker: { from: 'a councillor', to: 'the club' } },
    });
    expect(byId.get(published.id)).toMatchObject({ checkworthy: true, reason: 'published' });

    const file = path.join(
      mkdtempSync(path.join(os.tmpdir(), 'factdesk-training-')),
      'export.jsonl',
    );
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
    const { examples, skipped } = loadExtraFile(file);
    expect(skipped).toBe(1);
    expect(examples).toHaveLength(4);

    const before = trainCheckworthiness(BASE, [], [], OPTIONS);
    const after = trainCheckworthiness(BASE, examples, [], OPTIONS);
    expect(after.model.training.extraExamples).toBe(4);
    for (const example of examples) {
      const change = after.probability(example.text) - before.probability(example.text);
      if (example.label === 1) expect(change).toBeGreaterThan(0);
      else expect(change).toBeLessThan(0);
    }
  });
});
