import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/extraction';
import { withSingleQuotationsAsDouble } from '@/lib/extraction/single-quotes';

describe('quotations in single marks', () => {
  it.each([
    [
      "'We cut waiting lists by a fifth,' the minister told MPs.",
      '“We cut waiting lists by a fifth,” the minister told MPs.',
    ],
    [
      '‘Inflation fell in May,’ said Ann Lee. ‘That is the lowest rate.’',
      '“Inflation fell in May,” said Ann Lee. “That is the lowest rate.”',
    ],
    [
      "He called the plan 'reckless' and 'unworkable', adding: 'It will fail.'",
      'He called the plan “reckless” and “unworkable”, adding: “It will fail.”',
    ],
    ["'The voters' anger is real,' he said.", "“The voters' anger is real,” he said."],
    [
      "'No travel restrictions are recommended, ' Haq said.",
      '“No travel restrictions are recommended, ” Haq said.',
    ],
    [
      "'We will fight on.\n\n'We will never give up,' he said.",
      '“We will fight on.\n\n“We will never give up,” he said.',
    ],
  ])('reads %j as double-quoted', (input, expected) => {
    expect(withSingleQuotationsAsDouble(input)).toBe(expected);
  });

  it.each([
    'The voters’ anger grew, and Ukraine’s army said it didn’t retreat.',
    "In the '90s, the critics' choice was clear.",
    '"He told me \'no way\', then left," Lee said.',
    'No quotation marks at all.',
  ])('leaves apostrophes and nested quotes in %j alone', (input) => {
    expect(withSingleQuotationsAsDouble(input)).toBe(input);
  });

  it('attributes British-style quotations as it does American ones, with the input’s own text', () => {
    const british =
      "'Inflation fell to 2.1% in May,' said Andrew Bailey, the Bank of England governor. 'That is the lowest rate in three years.'";
    const american = british.replace(/'/g, '"');
    const claims = extractClaims(british);
    expect(claims.map((c) => [c.text, c.speaker, c.speakerRole, c.cue, c.attribution])).toEqual([
      [
        'Inflation fell to 2.1% in May',
        'Andrew Bailey',
        'Bank of England governor',
        'said',
        'direct',
      ],
      [
        'That is the lowest rate in three years',
        'Andrew Bailey',
        'Bank of England governor',
        'said',
        'direct',
      ],
    ]);
    for (const claim of claims) expect(british.slice(claim.start, claim.end)).toBe(claim.text);
    expect(
      extractClaims(american).map(({ text, start, end, speaker, checkworthiness }) => ({
        text,
        start,
        end,
        speaker,
        checkworthiness,
      })),
    ).toEqual(
      claims.map(({ text, start, end, speaker, checkworthiness }) => ({
        text,
        start,
        end,
        speaker,
        checkworthiness,
      })),
    );
  });
});
