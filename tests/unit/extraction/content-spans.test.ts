import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/extraction';

// Content spans of attributed statements (the PolNeAR "content found" figure). Invented sentences.

describe('a possessive determiner after a clause-taking cue opens its object phrase', () => {
  it.each([
    [
      'Mr. Orla Fenn reiterated his support for the harbour levy.',
      'his support for the harbour levy',
      'Orla Fenn',
      'reiterated',
    ],
    [
      'The council acknowledged their deep frustration with the ferry.',
      'their deep frustration with the ferry',
      'council',
      'acknowledged',
    ],
  ])('%s', (sentence, text, speaker, cue) => {
    expect(extractClaims(sentence)).toMatchObject([{ text, speaker, cue }]);
  });

  it('leaves an object pronoun before an infinitive alone ("asked her to leave")', () => {
    const claims = extractClaims('The warden asked her to leave the depot before noon.');
    expect(claims.every((c) => c.cue === null)).toBe(true);
  });
});

describe('a name’s possessive after a clause-taking cue opens its object phrase', () => {
  it('questioned Mr. Hale’s figures', () => {
    expect(
      extractClaims('Senator Orla Fenn questioned Mr. Tom Hale’s figures on the ferry.'),
    ).toMatchObject([
      { text: 'Mr. Tom Hale’s figures on the ferry', speaker: 'Orla Fenn', cue: 'questioned' },
    ]);
  });

  it('still reads a clause opened by a possessive name', () => {
    expect(extractClaims('The mayor said Tom Hale’s plan would cost $2 million.')).toMatchObject([
      { text: 'Tom Hale’s plan would cost $2 million', cue: 'said' },
    ]);
  });
});

describe('a trailing cue followed by a month that is also an auxiliary ("said in May")', () => {
  it('ends the content before the cue', () => {
    expect(
      extractClaims('“The depot has been closed since winter,” Orla Fenn said in May.'),
    ).toMatchObject([
      { text: 'The depot has been closed since winter', speaker: 'Orla Fenn', cue: 'said' },
    ]);
  });
});

describe('an object pronoun after a trailing cue ("…?" Lee asked him)', () => {
  it.each([
    [
      '“Why was the ferry cancelled?” reporter Tom Hale asked him.',
      'Why was the ferry cancelled',
      'Tom Hale',
    ],
    [
      '“The depot closed in 2019,” Orla Fenn reminded them at the hearing.',
      'The depot closed in 2019',
      'Orla Fenn',
    ],
  ])('%s', (sentence, text, speaker) => {
    expect(extractClaims(sentence)).toMatchObject([{ text, speaker }]);
  });
});

describe('a contrastive "though" clause is its own claim (GUIDELINE §2)', () => {
  it.each([
    ['Orla Fenn said the depot closed, though it cost the town 40 jobs.', 'the depot closed'],
    [
      'Orla Fenn said the town lost 40 jobs, even though the depot stayed open.',
      'the town lost 40 jobs',
    ],
  ])('%s', (sentence, first) => {
    const claims = extractClaims(sentence);
    expect(claims).toHaveLength(2);
    expect(claims[0]).toMatchObject({ text: first, speaker: 'Orla Fenn' });
  });

  it('leaves the adverb ", though," and an elliptical "though not" inside the claim', () => {
    expect(extractClaims('The town, though, lost 40 jobs in May.')).toHaveLength(1);
    expect(extractClaims('Orla Fenn said the town lost 40 jobs, though not in May.')).toHaveLength(
      1,
    );
  });
});

describe('an attribution between subject and verb stays inside the claim (GUIDELINE §2)', () => {
  it.each([
    [
      'The depot, the harbour board said, would close in May.',
      'The depot, the harbour board said, would close in May',
      'harbour board',
    ],
    [
      'The permit, Orla Fenn said, had been hard to get.',
      'The permit, Orla Fenn said, had been hard to get',
      'Orla Fenn',
    ],
  ])('%s', (sentence, text, speaker) => {
    expect(extractClaims(sentence)).toMatchObject([{ text, speaker, cue: 'said' }]);
  });

  it('does not resume over a participle ("…, Lee said, adding …")', () => {
    const claims = extractClaims(
      'The depot closed in May, Orla Fenn said, adding that fares would rise.',
    );
    expect(claims.map((c) => c.text)).toEqual(['The depot closed in May', 'fares would rise']);
  });
});

describe('a relative clause between subject and verb stays in the claim (GUIDELINE §2)', () => {
  it.each([
    'The ferry company, which employs 4,000 people, closed two depots in May',
    'The harbour board, which raised fees 14 times since 2021, is expected to hold them next week',
    'The levy, which was announced in May, has rarely been collected',
  ])('%s', (sentence) => {
    expect(extractClaims(`${sentence}.`).map((c) => c.text)).toEqual([sentence]);
  });

  it('still splits a relative clause that ends the sentence or comes after the verb', () => {
    expect(
      extractClaims('The company closed two depots, which employed 400 people.').map((c) => c.text),
    ).toEqual(['The company closed two depots', 'which employed 400 people']);
  });
});

describe('a participle clause sharing the main clause’s subject stays in its claim (GUIDELINE §2)', () => {
  it.each([
    'The storm hit the coast, flooding 200 homes',
    'The council voted 7-2 on Tuesday to close the depot, handing the mayor a narrow victory',
    'The ferry virus was first found in 1976, taking its name from the river where it was found',
  ])('%s', (sentence) => {
    expect(extractClaims(`${sentence}.`).map((c) => c.text)).toEqual([sentence]);
  });
});
