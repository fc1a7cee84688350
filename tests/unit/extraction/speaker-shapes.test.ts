import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/extraction';
import { byCue } from './claim-by-cue';

// Sentence shapes around a reporting cue whose speaker the clause parser missed. Invented sentences.

describe('a leading time phrase is an adjunct, not the subject of a participle cue', () => {
  it.each([
    ['Sunday morning, Orla Fenn closed the depot and accused the board of a cover-up.', 'accused'],
    ['The next month, Orla Fenn sued the council, claiming the vote had been rigged.', 'claiming'],
    ['Early in the campaign, Orla Fenn toured the harbour, calling it a disgrace.', 'calling'],
  ])('%s', (sentence, cue) => {
    expect(byCue(extractClaims(sentence), cue).speaker).toBe('Orla Fenn');
  });

  it('keeps an administration that speaks ("The administration …, saying")', () => {
    const claims = extractClaims(
      'The Fenn administration froze the budget, saying the port had run out of money.',
    );
    expect(byCue(claims, 'saying').speaker).toBe('Fenn administration');
  });
});

describe('a reporting gerund in an adjunct belongs to the main clause subject (gerund-adjunct.ts)', () => {
  it.each([
    ['Orla Fenn drew criticism after telling reporters that the pier was unsafe.', 'telling'],
    ['After telling reporters that the pier was unsafe, Orla Fenn closed it.', 'telling'],
  ])('%s', (sentence, cue) => {
    expect(byCue(extractClaims(sentence), cue)).toMatchObject({
      speaker: 'Orla Fenn',
      text: 'the pier was unsafe',
    });
  });
});

describe('a sentence-initial participle cue with a clause belongs to the main clause subject', () => {
  it('attributes "Noting that …, Lee …" to Lee', () => {
    const claims = extractClaims(
      'Noting that the pier had been closed twice, Orla Fenn asked the board for a survey.',
    );
    expect(byCue(claims, 'noting')).toMatchObject({
      speaker: 'Orla Fenn',
      text: 'the pier had been closed twice',
    });
  });

  it('leaves a participle without a clause alone ("Responding to questions, Lee said")', () => {
    const claims = extractClaims('Responding to questions, Orla Fenn said the pier was safe.');
    expect(claims.map((c) => [c.speaker, c.cue, c.text])).toEqual([
      ['Orla Fenn', 'said', 'the pier was safe'],
    ]);
  });
});

describe('an "as" clause holding only a reporting cue attributes the main clause (as-attribution.ts)', () => {
  it.each([
    ['The pier has been closed twice since May, as Orla Fenn noted in her report.', 'noted'],
    ['As Orla Fenn has said, the pier has been closed twice since May.', 'said'],
    ['As reported by Orla Fenn, the pier has been closed twice since May.', 'reported'],
  ])('%s', (sentence, cue) => {
    expect(byCue(extractClaims(sentence), cue)).toMatchObject({
      speaker: 'Orla Fenn',
      text: expect.stringMatching(/^the pier has been closed twice since May$/i),
    });
  });

  it('leaves an "as" clause with a clause of its own to its cue ("as the ministry said demand …")', () => {
    const claims = extractClaims('Prices rose, as the ministry said demand was strong.');
    expect(byCue(claims, 'said')).toMatchObject({ speaker: 'ministry', text: 'demand was strong' });
  });
});

describe('a title-case headline cue takes whatever capitalised words follow as its content', () => {
  it.each([
    ['Orla Fenn Says Pier, ‘Old Harbour’ Pose A Risk To Ferries.', 'says'],
    ['Orla Fenn Announces Closure Of Poole Pier For Repairs.', 'announces'],
  ])('%s', (sentence, cue) => {
    expect(byCue(extractClaims(sentence), cue).speaker).toBe('Orla Fenn');
  });

  it('keeps a lowercase sentence to the usual clause test ("Lee announced plans")', () => {
    const claims = extractClaims('Orla Fenn announced plans for the pier at the meeting.');
    expect(claims.map((c) => c.speaker)).toEqual([null]);
  });
});

describe('a time adjunct between the subject and its cue is not the speaker (time-adjunct.ts)', () => {
  it.each([
    ['Orla Fenn earlier Thursday said the pier was safe.', 'Orla Fenn'],
    ['Orla Fenn earlier this week said the pier was safe.', 'Orla Fenn'],
    ['Orla Fenn late Monday said the pier was safe.', 'Orla Fenn'],
    ['The Poole administration said the pier was safe.', 'Poole administration'],
  ])('%s', (sentence, speaker) => {
    expect(byCue(extractClaims(sentence), 'said').speaker).toBe(speaker);
  });
});

describe('a trailing speaker coordinated with "and" keeps both conjuncts (coordinated-subject.ts)', () => {
  it.each([
    [
      'The pier will close in May, current and former officials said.',
      'current and former officials',
    ],
    [
      'The pier will close in May, teachers and union officials told the Gazette.',
      'teachers and union officials',
    ],
  ])('%s', (sentence, speaker) => {
    expect(extractClaims(sentence)).toMatchObject([
      { speaker, text: 'The pier will close in May' },
    ]);
  });

  it('does not take an appositive after a name as a conjunct', () => {
    const claims = extractClaims(
      'Orla Fenn, the harbour master and former host of the radio show, said the pier will close.',
    );
    expect(byCue(claims, 'said').speaker).toBe('Orla Fenn');
  });
});

describe('"according to" after a one-word subject or an opening parenthesis', () => {
  it('keeps "Fundraising, according to the campaign, has surged" as one claim of the campaign', () => {
    const claims = extractClaims('Fundraising, according to the campaign, has surged since May.');
    expect(claims).toMatchObject([{ speaker: 'campaign', cue: 'according to' }]);
  });

  it('reads "(According to X, …)"', () => {
    const claims = extractClaims('(According to the harbour board, the pier was closed twice.)');
    expect(claims).toMatchObject([{ speaker: 'harbour board', text: 'the pier was closed twice' }]);
  });
});

describe('findings speak for their source: data, polls, statistics (derived document nouns)', () => {
  it.each([
    ['Ferry exports fell 4% in May, official data showed on Tuesday.', 'official data', 'showed'],
    ['Support for the levy stands at 41%, a new poll shows.', 'new poll', 'shows'],
    ['The depot lost 40 jobs, local media reported.', 'local media', 'reported'],
  ])('%s', (sentence, speaker, cue) => {
    expect(extractClaims(sentence)).toMatchObject([{ speaker, cue }]);
  });
});

describe('names with "of": organisations and titles', () => {
  it.each([
    [
      'A spokesman for the Ministry of Ports said the pier was closed.',
      'spokesman for the Ministry of Ports',
      null,
    ],
    ['The Bank of Avel said inflation fell to 2%.', 'Bank of Avel', null],
    ['Secretary of State Orla Fenn said the talks failed.', 'Orla Fenn', 'Secretary of State'],
    [
      'Minister of Foreign Affairs Tom J. Hale said the talks failed.',
      'Tom J. Hale',
      'Minister of Foreign Affairs',
    ],
    [
      'But a survey released by the Department of Ports showed 40 piers were unsafe.',
      'survey released by the Department of Ports',
      null,
    ],
  ])('%s', (sentence, speaker, speakerRole) => {
    expect(extractClaims(sentence)[0]).toMatchObject({ speaker, speakerRole });
  });
});

describe('a dash ends an "according to" source', () => {
  it('keeps the comment after the dash out of the speaker', () => {
    expect(
      extractClaims(
        'Ferry traffic fell 4%, according to the harbour board — the lowest since 2019.',
      )[0],
    ).toMatchObject({
      text: 'Ferry traffic fell 4%',
      speaker: 'harbour board',
      cue: 'according to',
    });
  });
});
