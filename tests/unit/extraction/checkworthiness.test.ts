import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/extraction';
import { classifyClaim } from '@/lib/extraction/classify';
import { featurize } from '@/lib/extraction/checkworthiness/features';
import {
  checkworthinessModel,
  checkworthinessProbability,
  checkworthinessScore,
} from '@/lib/extraction/checkworthiness/model';
import { withCheckworthinessRules } from '@/lib/extraction/checkworthiness/rules';

const TEXTS = [
  'Exports fell 12% in May',
  'Police arrested two men on Friday',
  'This is a historic step for the region',
  'We urge both sides to return to the table',
  '',
  '??',
  'ünïcödé — “quoted” text with 1,200 émigrés',
];

describe('check-worthiness model', () => {
  it('loads once per process', () => {
    expect(checkworthinessModel()).toBe(checkworthinessModel());
  });

  it('gives a probability in [0, 1], the same every time', () => {
    for (const text of TEXTS) {
      const p = checkworthinessProbability(text);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      expect(checkworthinessProbability(text)).toBe(p);
    }
  });

  it('scores exactly the vector the trainer fits on', () => {
    const model = checkworthinessModel();
    const sentence = 'The council approved 14 new homes, but critics called the plan reckless.';
    for (const [text, from] of [
      ...TEXTS.map((t) => [t, t]),
      ['critics called the plan reckless', sentence],
    ]) {
      const { index, value } = featurize(text, model.bits, from, model.idf);
      let expected = model.bias;
      for (let k = 0; k < index.length; k++) expected += model.weights[index[k]] * value[k];
      expect(checkworthinessScore(text, from)).toBe(expected);
    }
  });

  it('ranks a statistic above an appeal', () => {
    expect(checkworthinessProbability('Unemployment fell to 4.1 percent in March')).toBeGreaterThan(
      checkworthinessProbability('We must stand together and look to the future'),
    );
  });

  it('hashes features into the model’s dimensions, each group of unit length', () => {
    const { bits } = checkworthinessModel();
    const { index, value } = featurize('The council approved 14 new homes, officials said.', bits);
    expect(index.length).toBe(value.length);
    for (const i of index) expect(i).toBeGreaterThanOrEqual(0);
    for (const i of index) expect(i).toBeLessThan(2 ** bits);
    const squares = Array.from(value, (v) => v * v).reduce((a, b) => a + b, 0);
    // words, characters, shapes and the sentence's words: four groups of unit length
    expect(squares).toBeCloseTo(4, 4);
  });

  it('reads the claim’s sentence as well: a whole sentence is its own sentence', () => {
    const sentence = 'The council approved 14 new homes, but critics called the plan reckless.';
    expect(checkworthinessProbability(sentence)).toBe(
      checkworthinessProbability(sentence, sentence),
    );
    const fragment = 'The council approved 14 new homes';
    expect(checkworthinessProbability(fragment, sentence)).not.toBe(
      checkworthinessProbability(fragment),
    );
  });

  it('keeps the weights file under 5 MB', () => {
    const file = path.resolve(__dirname, '../../../lib/extraction/checkworthiness/model.json');
    expect(statSync(file).size).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('classifyClaim', () => {
  const features = (text: string, cueLemma: string | null = null) =>
    ({ text, attribution: cueLemma ? 'indirect' : 'none', cueLemma }) as const;

  it('flags check-worthy exactly when the probability reaches the trained threshold', () => {
    const { threshold } = checkworthinessModel();
    for (const text of TEXTS) {
      const c = classifyClaim(features(text));
      expect(c.checkworthy).toBe(c.checkworthiness >= threshold);
      expect(classifyClaim(features(text))).toEqual(c);
    }
  });

  it('keeps content under an opinion cue below the threshold (rule), unlike the model alone', () => {
    const text = 'the deal cut tariffs on 40 goods by 12 percent';
    const { threshold } = checkworthinessModel();
    expect(classifyClaim(features(text)).checkworthy).toBe(true);
    const underOpinionCue = classifyClaim(features(text, 'praise'));
    expect(underOpinionCue.checkworthy).toBe(false);
    expect(underOpinionCue.checkworthiness).toBeLessThan(threshold);
    expect(
      withCheckworthinessRules([], () => classifyClaim(features(text, 'praise'))).checkworthy,
    ).toBe(true);
  });

  it('treats rhetorical questions and hedged forecasts as not check-worthy', () => {
    expect(classifyClaim(features('Who paid 40 million dollars for this?')).checkworthy).toBe(
      false,
    );
    const forecast = classifyClaim(features('Prices could rise sharply next year'));
    expect(forecast).toMatchObject({ checkworthy: false, kind: 'prediction' });
  });

  it('gives the same claims and scores for the same article every time', () => {
    const text =
      'The mayor said the city hired 40 new teachers. "It is a wonderful day," she added. Critics could object.';
    expect(extractClaims(text)).toEqual(extractClaims(text));
  });
});
