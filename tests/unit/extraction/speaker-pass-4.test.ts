import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/extraction';

// Speaker pass 4: sentence shapes whose speaker the engine missed on PolNeAR's training split. Invented sentences.

describe('an attribution after a quotation closed with its own terminator (attribution-tail.ts)', () => {
  it('gives "“…?” Lee said." to Lee, not to the last speaker heard', () => {
    const claims = extractClaims(
      'Ivo Marsh said the pier was safe. “Why is the board closing it?” Orla Fenn said. “It has stood for a century.”',
    );
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([
      ['the pier was safe', 'Ivo Marsh'],
      ['Why is the board closing it', 'Orla Fenn'],
      ['It has stood for a century', 'Orla Fenn'],
    ]);
  });

  it('gives every sentence of a multi-sentence quotation to the speaker after it', () => {
    const claims = extractClaims(
      'Ivo Marsh said the pier was safe.\n“I do not care. The pier is closing tonight!” Orla Fenn told reporters.',
    );
    expect(claims.slice(1).map((c) => c.speaker)).toEqual(['Orla Fenn', 'Orla Fenn']);
  });

  it('keeps a quotation followed by a sentence with content of its own apart', () => {
    const claims = extractClaims('“We will appeal.” Orla Fenn said the ruling was unfair.');
    expect(claims.find((c) => c.text === 'the ruling was unfair')?.speaker).toBe('Orla Fenn');
    expect(claims.find((c) => c.text.startsWith('We will appeal'))?.speaker).toBeNull();
  });
});

describe('a "that" clause after an adjunct holding commas (cues.ts, cue-content.ts)', () => {
  it('reads "said Sunday in Poole, Dorset, that …" as a cue and its clause', () => {
    const claims = extractClaims(
      'Sen. Orla Fenn (D-Ohio) said Sunday in Poole, Dorset, that she was hoping for a large turnout.',
    );
    expect(claims).toMatchObject([
      { speaker: 'Orla Fenn', text: 'she was hoping for a large turnout' },
    ]);
  });
});

describe('a reporting verb the tagger reads as a noun at the end of a trailing attribution (tag-repairs.ts)', () => {
  it('attributes "…, the Harbour Gazette reports." to the paper', () => {
    const claims = extractClaims(
      'Ticket prices at the pier rose again in May, the Harbour Gazette reports.',
    );
    expect(claims).toMatchObject([
      { speaker: 'Harbour Gazette', text: 'Ticket prices at the pier rose again in May' },
    ]);
  });

  it('leaves a noun phrase ending a sentence of the article’s own alone', () => {
    const claims = extractClaims('The council rejected the plan, citing two pier reports.');
    expect(claims.every((c) => c.speaker === null || c.speaker === 'council')).toBe(true);
  });
});

describe('a phrasal cue the tagger reads as a noun after its subject (tag-repairs.ts)', () => {
  it.each([
    ['Harbour traders point out that the pier has been closed twice.', 'Harbour traders'],
    ['Critics point to the pier’s repair bill, which doubled in a year.', 'Critics'],
  ])('%s', (sentence, speaker) => {
    expect(extractClaims(sentence)[0]?.speaker).toBe(speaker);
  });

  it('keeps a singular noun before a base form a noun ("a wake-up call for the council")', () => {
    const claims = extractClaims(
      'Citing the flood as a wake-up call for the council, Orla Fenn urged the board to act.',
    );
    expect(claims.some((c) => c.speaker === 'wake-up')).toBe(false);
  });
});

describe('a trailing attribution whose adjuncts end in a clause of their own (cue-content.ts)', () => {
  it.each([
    [
      'The pier is not safe, Orla Fenn told her closest advisers as she left the harbour office.',
      'told',
    ],
    [
      'The pier is not safe, Orla Fenn said during her speech to the council to be elected chair.',
      'said',
    ],
  ])('%s', (sentence, cue) => {
    const claims = extractClaims(sentence);
    expect(claims.find((c) => c.cue === cue)).toMatchObject({
      speaker: 'Orla Fenn',
      text: 'The pier is not safe',
    });
  });
});

describe('an adjunct between the auxiliary and the cue (aux-adjunct.ts)', () => {
  it.each([
    ['A harbour survey has, however, revealed that the pier is failing.', 'harbour survey'],
    ['Local traders have, in fact, praised the council for its repairs.', 'Local traders'],
    ['Local traders have in the past said the pier was safe.', 'Local traders'],
  ])('%s', (sentence, speaker) => {
    expect(extractClaims(sentence)[0]?.speaker).toBe(speaker);
  });
});

describe('an inverted speaker opening with "one" and a longer description (clause-subjects.ts)', () => {
  it('gives the quotation to "one person with knowledge of the talks"', () => {
    const claims = extractClaims(
      '“The pier deal is dead,” said one person with knowledge of the talks, who spoke on the condition of anonymity.',
    );
    expect(claims[0]).toMatchObject({
      speaker: 'one person with knowledge of the talks',
      text: 'The pier deal is dead',
    });
  });
});

describe('the agent of a passive reporting verb (passive-agent.ts)', () => {
  it('gives "X was first reported by the Gazette." to the Gazette, X its content', () => {
    expect(
      extractClaims('The pier closure was first reported by the Harbour Gazette.'),
    ).toMatchObject([{ speaker: 'Harbour Gazette', text: 'The pier closure', cue: 'reported' }]);
  });

  it('leaves passive infinitives and agents with adjuncts alone', () => {
    const claims = extractClaims(
      'Orla Fenn will probably be remembered by historians as a reformer. She did not want to be quoted by name.',
    );
    expect(
      claims.every((c) => c.speaker !== 'historians as a reformer' && c.speaker !== 'name'),
    ).toBe(true);
  });
});

describe('a manner adverb before a participle cue after a comma (segments.ts)', () => {
  it('gives "…, falsely suggesting that …" to the clause subject', () => {
    const claims = extractClaims(
      'Orla Fenn raised questions about the repair bill, falsely suggesting that the pier had been sold.',
    );
    expect(claims.find((c) => c.cue === 'suggesting')).toMatchObject({
      speaker: 'Orla Fenn',
      text: 'the pier had been sold',
    });
  });
});
