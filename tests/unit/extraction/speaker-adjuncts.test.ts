import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/extraction';
import { byCue } from './claim-by-cue';

// Speaker phrases next to words that belong to the clause, not to the speaker. Invented sentences.

describe('a sentence-initial adverb or adjunct is not the subject', () => {
  it.each([
    ['Eventually, Ms. Orla Fenn dropped the appeal and refused to pay the fine.', 'refused'],
    ['Once she was elected, Orla Fenn froze the budget, announcing a hiring stop.', 'announcing'],
    ['Hastily blaming the flood, Orla Fenn closed the depot, and stressed the cost.', 'stressed'],
  ])('%s', (sentence, cue) => {
    expect(byCue(extractClaims(sentence), cue).speaker).toBe('Orla Fenn');
  });

  it('keeps a name the tagger reads as an adverb when a verb follows ("Jolly said")', () => {
    expect(
      byCue(extractClaims('Jolly said the ferry would run again in May.'), 'said').speaker,
    ).toBe('Jolly');
  });

  it('keeps a quantity opened by a degree adverb ("Almost half")', () => {
    const claims = extractClaims('Almost half said they wanted a local candidate.');
    expect(byCue(claims, 'said').speaker).toBe('Almost half');
  });
});

describe('a manner adverb from a reporting verb is not hearsay', () => {
  it('attributes "has repeatedly claimed" to its subject', () => {
    const claims = extractClaims('The harbour board has repeatedly claimed that the pier is safe.');
    expect(byCue(claims, 'claimed')).toMatchObject({
      speaker: 'harbour board',
      text: 'the pier is safe',
    });
  });

  it('keeps "reportedly" and "allegedly" as hearsay with no speaker', () => {
    for (const sentence of [
      'The harbour master reportedly said the pier was safe.',
      'The pier was allegedly built without a permit.',
    ]) {
      const [claim] = extractClaims(sentence);
      expect(claim).toMatchObject({ speaker: null, attribution: 'reported' });
    }
  });
});

describe('any "-ly" adverb between the speaker and the cue', () => {
  it.each([
    ['Orla Fenn pointedly replied that the depot had closed.', 'replied'],
    ['Orla Fenn had bluntly warned that the depot would close.', 'warned'],
  ])('%s', (sentence, cue) => {
    expect(byCue(extractClaims(sentence), cue)).toMatchObject({
      speaker: 'Orla Fenn',
      text: expect.stringMatching(/^the depot/),
    });
  });
});

describe('a modal after the subject is not part of the speaker', () => {
  it('names "the panel", not "panel could"', () => {
    const claims = extractClaims('Tenants say the panel could declare the lease void by June.');
    expect(byCue(claims, 'declare').speaker).toBe('panel');
  });
});

describe('a manner adverb after a trailing cue', () => {
  it('attributes a quote followed by "X, ROLE, said dryly"', () => {
    const [claim] = extractClaims(
      '“The ferry will not run this winter,” Orla Fenn, a harbour pilot, said dryly.',
    );
    expect(claim).toMatchObject({
      text: 'The ferry will not run this winter',
      speaker: 'Orla Fenn',
      cue: 'said',
    });
  });
});

describe('a floating quantifier or "since" between the auxiliary and the cue', () => {
  it.each([
    ['Ms. Orla Fenn has since said the depot would reopen.', 'said'],
    ['The two ferry unions have both argued that the depot would reopen.', 'argued'],
  ])('%s', (sentence, cue) => {
    const claim = byCue(extractClaims(sentence), cue);
    expect(claim.speaker).not.toBeNull();
    expect(claim.text).toBe('the depot would reopen');
  });
});

describe('"NOUN PHRASE VERB that …" names its speaker without a listed head noun', () => {
  it('attributes "exit counts suggested that …" after a leading adjunct', () => {
    const claims = extractClaims('In Dorset, early counts suggested that fewer boats had landed.');
    expect(byCue(claims, 'suggested')).toMatchObject({
      speaker: 'early counts',
      text: 'fewer boats had landed',
    });
  });

  it('does not take a verb phrase as the subject', () => {
    const claims = extractClaims(
      'Fenn, speaking in Dorset, talked through dock issues that matter.',
    );
    expect(claims.every((c) => c.speaker === null || !/talked/.test(c.speaker))).toBe(true);
  });
});

describe('a dash aside between the subject and the cue', () => {
  it.each([
    ['Farm groups — and some city councils — say the new levy would ruin small farms.', 'say'],
    [
      'A former harbour master -- Orla Fenn, who retired in 2009 -- said the pier was unsafe.',
      'said',
    ],
  ])('%s', (sentence, cue) => {
    const claim = byCue(extractClaims(sentence), cue);
    expect(claim.speaker).toMatch(/Farm groups|harbour master/);
    expect(claim.text).toMatch(/^the (new levy|pier)/);
  });
});

it('does not fail on a dash aside at the very start of a sentence', () => {
  for (const text of ['Prices — — Fenn — said the pier was unsafe.', '— -- said the board.'])
    expect(() => extractClaims(text)).not.toThrow();
});

describe('a subject with a long appositive after a closing quote', () => {
  it('attributes "…," NAME, AGE, ROLE in PLACE, said', () => {
    const [claim] = extractClaims(
      '“The pier is unsafe,” Orla Fenn, 67, a retired ferry pilot in Poole, Dorset, said.',
    );
    expect(claim).toMatchObject({ text: 'The pier is unsafe', speaker: 'Orla Fenn', cue: 'said' });
  });

  it('does not take a prepositional phrase after the quote as the speaker', () => {
    const claims = extractClaims('“Ask him,” on the matter of harbour fees, Fenn said.');
    expect(claims.map((c) => c.speaker)).not.toContain('matter of harbour fees');
  });
});

describe('a cue after "to" in a catenative predicate', () => {
  it.each([
    ['Orla Fenn went on to say the pier was unsafe.', 'say'],
    ['Orla Fenn was quick to point out that the pier was unsafe.', 'point out'],
  ])('%s', (sentence, cue) => {
    expect(byCue(extractClaims(sentence), cue)).toMatchObject({
      speaker: 'Orla Fenn',
      text: 'the pier was unsafe',
    });
  });

  it('keeps a negated or object-taking predicate unattributed', () => {
    for (const sentence of [
      'Orla Fenn was not willing to say who would run the pier.',
      'The new rule allows officials to say the pier is safe.',
    ])
      expect(extractClaims(sentence).every((c) => c.speaker === null)).toBe(true);
  });
});

describe('a participle cue after a document the subject issued', () => {
  it('attributes "released a statement Wednesday saying …" to the subject', () => {
    const claims = extractClaims(
      'The harbour board released a statement Wednesday saying the pier was unsafe.',
    );
    expect(byCue(claims, 'saying')).toMatchObject({
      speaker: 'harbour board',
      text: 'the pier was unsafe',
    });
  });

  it('does not fail when the participle opens the sentence', () => {
    expect(() => extractClaims('Saying the pier was unsafe, the board closed it.')).not.toThrow();
  });
});

describe('"…," X said of Y after a quotation', () => {
  it('attributes the quotation and drops the "of" phrase', () => {
    const claims = extractClaims(
      '“The pier is not safe,” Orla Fenn, who is a pilot, said of the plan.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ text: 'The pier is not safe', speaker: 'Orla Fenn' });
  });

  it('keeps "pointed to" after a comma a forward cue', () => {
    const claims = extractClaims('Despite her doubts, Orla Fenn pointed to the new pier.');
    expect(claims.map((c) => c.text)).toContain('the new pier');
  });
});

describe('the clause subject behind an adjunct, a party tag or a place', () => {
  it.each([
    [
      'At a rally in Poole, on Tuesday, Mayor Orla Fenn of Poole backed the plan, saying the pier was unsafe.',
      'saying',
    ],
    [
      'In a statement, Dorset Gov. Orla Fenn (R) blasted the board and said the pier was unsafe.',
      'said',
    ],
    [
      'On Sunday morning Orla Fenn made a third attempt, writing on her blog that the pier was unsafe.',
      'writing',
    ],
  ])('%s', (sentence, cue) => {
    expect(byCue(extractClaims(sentence), cue)).toMatchObject({
      speaker: 'Orla Fenn',
      text: 'the pier was unsafe',
    });
  });
});

describe('"according to" with a long source, a leading conjunction or a quoted comma', () => {
  it.each([
    [
      'According to early results of a survey conducted for the council by a local polling firm, most residents oppose the pier.',
      'early results of a survey conducted for the council by a local polling firm',
    ],
    [
      'But according to interviews with more than a dozen of her aides, Fenn wants to run again.',
      'interviews with more than a dozen of her aides',
    ],
    ['The pier became “the pride of the town,” according to Mr. Varga.', 'Varga'],
  ])('%s', (sentence, speaker) => {
    expect(byCue(extractClaims(sentence), 'according to').speaker).toBe(speaker);
  });
});

describe('an inverted speaker opened by "one" or followed by a relative clause', () => {
  it("attributes the quotation and the relative clause's own report", () => {
    const claims = extractClaims(
      '“The pier is unsafe,” said one former dock worker, who said he left on good terms.',
    );
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([
      ['The pier is unsafe', 'one former dock worker'],
      ['he left on good terms', 'one former dock worker'],
    ]);
  });

  it('attributes "said a longtime pilot who has worked for the board"', () => {
    const [claim] = extractClaims(
      '“The pier is unsafe,” said a longtime harbour pilot who has worked for the board.',
    );
    expect(claim).toMatchObject({ text: 'The pier is unsafe', speaker: 'longtime harbour pilot' });
  });
});

describe('demonstratives and comparative quantities open a subject', () => {
  it.each([
    ['That person said the hostility she faced hurt her campaign.', 'person'],
    ['Fares rose, this official said.', 'official'],
  ])('%s', (sentence, speaker) => {
    expect(byCue(extractClaims(sentence), 'said').speaker).toBe(speaker);
  });

  it('keeps "than" inside a quantity subject', () => {
    const claims = extractClaims(
      'More than two-thirds of those in the youngest age group predict that the pier will close.',
    );
    expect(byCue(claims, 'predict').speaker).toMatch(/^More than two-thirds/);
  });
});

describe('a quotation closed before a trailing cue is its content, whatever adjunct follows', () => {
  it.each([
    '“The depot will close in May,” Orla Fenn said 30 minutes into the hearing.',
    '“The depot will close in May,” Orla Fenn wrote when the talks stalled.',
    '“The depot will close in May,” Orla Fenn said while touring Poole on Tuesday.',
  ])('%s', (sentence) => {
    expect(extractClaims(sentence)[0]).toMatchObject({
      text: 'The depot will close in May',
      speaker: 'Orla Fenn',
    });
  });

  it('keeps a clause after the cue as content ("said the two plans were different")', () => {
    const claims = extractClaims(
      'As Hale claimed that “the depot was safe,” Orla Fenn said the two reports were different.',
    );
    expect(byCue(claims, 'said').text).toBe('the two reports were different');
  });

  it('parses a time clause with its own cue after the trailing attribution', () => {
    const claims = extractClaims(
      '“It is over,” Orla Fenn told Hale, after Hale assured her that the depot would stay open.',
    );
    expect(claims.map((c) => c.speaker)).toEqual(['Orla Fenn', 'Hale']);
  });
});

describe('a trailing date is not part of a source', () => {
  it.each([
    ['The depot closed, according to a city survey published on Friday.', 'city survey'],
    ['The depot closed, according to a council report on Wednesday.', 'council report'],
  ])('%s', (sentence, speaker) => {
    expect(extractClaims(sentence)[0].speaker).toBe(speaker);
  });
});

it('keeps a surname that is a month ("Prime Minister Orla May")', () => {
  const claims = extractClaims('The depot will close, Prime Minister Orla May said.');
  expect(claims[0].speaker).toBe('Orla May');
});

describe('a party tag and a time adjunct between a name and its cue', () => {
  it('attributes "Sen. Orla Fenn (D-Ohio) last week said"', () => {
    const claims = extractClaims('Sen. Orla Fenn (D-Ohio) last week said the depot would close.');
    expect(byCue(claims, 'said')).toMatchObject({
      speaker: 'Orla Fenn',
      text: 'the depot would close',
    });
  });
});

describe('a share written with a percent sign is a subject', () => {
  it('attributes "26% say …" to "26%"', () => {
    const claims = extractClaims('On the pier, 58% want it rebuilt; 26% say it should close.');
    expect(byCue(claims, 'say')).toMatchObject({ speaker: '26%', text: 'it should close' });
  });
});

describe('"I", "we" or "you" inside a quotation does not re-attribute it', () => {
  it('keeps the quoted speaker for “I will tell you …,” X said', () => {
    const [claim] = extractClaims('“I will tell you the depot is unsafe,” Orla Fenn said.');
    expect(claim).toMatchObject({
      text: 'I will tell you the depot is unsafe',
      speaker: 'Orla Fenn',
    });
  });
});

describe('a party tag before an appositive or a relative aside', () => {
  it.each([
    'Rep. Orla Fenn (R-Ohio), the panel chair, said the depot would close.',
    'Rep. Orla Fenn (R-Ohio), who chairs the panel, said the depot would close.',
  ])('%s', (sentence) => {
    expect(byCue(extractClaims(sentence), 'said')).toMatchObject({
      speaker: 'Orla Fenn',
      text: 'the depot would close',
    });
  });
});

it('skips a leading conjunction before an appositive subject ("And a third, X, said")', () => {
  const claims = extractClaims('And a third, Orla Fenn, said that the depot would close.');
  expect(byCue(claims, 'said')).toMatchObject({
    speaker: 'Orla Fenn',
    text: 'the depot would close',
  });
});

it('reads a quotation after a cue and its audience as the content ("told the BBC, “…”")', () => {
  const [claim] = extractClaims('Orla Fenn told the Gazette, “The depot will close in May.”');
  expect(claim).toMatchObject({ text: 'The depot will close in May', speaker: 'Orla Fenn' });
});

it('reads past a participle aside inside the reported clause ("said X, hoping …, were …")', () => {
  const claims = extractClaims('The mayor said farmers, hoping for rain, were waiting to plant.');
  expect(byCue(claims, 'said')).toMatchObject({ speaker: 'mayor' });
});

it('skips a leading "But" before the subject of "… and said"', () => {
  const claims = extractClaims(
    'But the council overruled the panel and said the depot would close.',
  );
  expect(byCue(claims, 'said')).toMatchObject({
    speaker: 'council',
    text: 'the depot would close',
  });
});
