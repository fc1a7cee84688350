import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkworthinessProbability, withModelFile } from '@/lib/extraction/checkworthiness/model';
import { loadDevGoldExamples } from '@/scripts/lib/checkworthiness/data';
import { trainCheckworthiness } from '@/scripts/lib/checkworthiness/train';

const dir = mkdtempSync(path.join(tmpdir(), 'dev-gold-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeArticle(id: string, body: string, claims: { text: string; checkworthy: boolean }[]) {
  mkdirSync(path.join(dir, 'dev', 'articles'), { recursive: true });
  mkdirSync(path.join(dir, 'dev', 'gold'), { recursive: true });
  writeFileSync(path.join(dir, 'dev', 'articles', `${id}.txt`), `# source: x\n\n${body}`);
  const gold = claims.map((c, i) => {
    const start = body.indexOf(c.text);
    return {
      id: `${id}-c${i}`,
      text: c.text,
      sentence: body,
      speaker: null,
      speaker_role: null,
      cue: null,
      checkworthy: c.checkworthy,
      kind: 'other',
      char_start: start,
      char_end: start + c.text.length,
    };
  });
  writeFileSync(path.join(dir, 'dev', 'gold', `${id}.json`), JSON.stringify({ claims: gold }));
}

writeArticle('01', 'Exports fell 12 percent in May, and we must pull together.', [
  { text: 'Exports fell 12 percent in May', checkworthy: true },
  { text: 'we must pull together', checkworthy: false },
]);
writeArticle('02', 'Police arrested two men on Friday.', [
  { text: 'Police arrested two men on Friday', checkworthy: true },
]);

const SENTENCES = [
  'The agency hired 40 inspectors last year.',
  'The plant closed in 2019 after 300 layoffs.',
  'Rents rose 9 percent in the capital.',
  'The court fined the bank $3 million.',
  'I believe in this great country.',
  'Thank you all for coming tonight.',
  'That is simply not who we are.',
  'Our future is bright and full of hope.',
].map((text, i) => ({ sentence_id: i, label: (i < 4 ? 1 : 0) as 0 | 1, text }));

const OPTIONS = {
  bits: 10,
  lambdas: [1e-2],
  folds: 2,
  seed: 1,
  holdout: { seed: 2, every: 100 },
  extraWeight: 1,
  operatingPoint: 'news' as const,
  maxIterations: 40,
};

describe('dev-set gold claims as training data', () => {
  it('reads each gold claim with its sentence, label and weight, leaving out the articles asked', () => {
    const all = loadDevGoldExamples(30, [], dir);
    expect(all).toEqual([
      {
        text: 'Exports fell 12 percent in May',
        sentence: 'Exports fell 12 percent in May, and we must pull together.',
        label: 1,
        weight: 30,
      },
      {
        text: 'we must pull together',
        sentence: 'Exports fell 12 percent in May, and we must pull together.',
        label: 0,
        weight: 30,
      },
      {
        text: 'Police arrested two men on Friday',
        sentence: 'Police arrested two men on Friday.',
        label: 1,
        weight: 30,
      },
    ]);
    expect(loadDevGoldExamples(5, ['01'], dir).map((e) => e.text)).toEqual([
      'Police arrested two men on Friday',
    ]);
    expect(() => loadDevGoldExamples(5, ['99'], dir)).toThrow(/no dev article 99/);
  });

  it('trains with each example at its own weight and records the dev gold in the model file', () => {
    const examples = loadDevGoldExamples(30, [], dir);
    const light = loadDevGoldExamples(1, [], dir);
    const devGold = { examples: examples.length, weight: 30, except: [] };
    const heavy = trainCheckworthiness(SENTENCES, examples, [], { ...OPTIONS, devGold }).model;
    const plain = trainCheckworthiness(SENTENCES, light, [], OPTIONS).model;
    expect(heavy.training.devGold).toEqual(devGold);
    expect(heavy.training.extraExamples).toBe(0);
    expect(plain.training.devGold).toBeUndefined();
    expect(heavy.weights).not.toBe(plain.weights);
  });

  it('scores with another model file inside withModelFile only', () => {
    const text = 'Exports fell 12 percent in May';
    const shipped = checkworthinessProbability(text);
    const other = trainCheckworthiness(SENTENCES, [], [], OPTIONS).model;
    const inside = withModelFile(other, () => checkworthinessProbability(text));
    expect(inside).not.toBeCloseTo(shipped, 6);
    expect(checkworthinessProbability(text)).toBe(shipped);
  });
});
