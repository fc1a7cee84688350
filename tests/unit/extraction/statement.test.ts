import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/extraction';
import { composeStatement } from '@/lib/extraction/statement';

describe('the claim statement prefilled from the extraction', () => {
  it('puts speaker, cue (present tense, agreeing with the speaker) and content in one sentence', () => {
    expect(
      composeStatement({
        speaker: 'Heorhii Tykhii',
        cue: 'said',
        text: 'Russia hasn’t agreed to silence weapons',
      }),
    ).toBe('Heorhii Tykhii says Russia hasn’t agreed to silence weapons');
    expect(
      composeStatement({ speaker: 'Port officials', cue: 'warned', text: 'the pier is unsafe.' }),
    ).toBe('Port officials warn the pier is unsafe');
    expect(
      composeStatement({ speaker: 'Mayor Lina Fox', cue: 'told', text: 'the budget doubled' }),
    ).toBe('Mayor Lina Fox says the budget doubled');
    expect(
      composeStatement({ speaker: 'Nikos Pappas', cue: 'denied', text: 'the dam leaked' }),
    ).toBe('Nikos Pappas denies the dam leaked');
    expect(
      composeStatement({ speaker: 'Ukraine', cue: 'calling for', text: 'a summit of leaders' }),
    ).toBe('Ukraine calls for a summit of leaders');
  });

  it('writes "according to" sources, cues that are not verbs and unattributed claims', () => {
    expect(
      composeStatement({
        speaker: 'the census office',
        cue: 'according to',
        text: 'The population grew by 2 percent',
      }),
    ).toBe('According to the census office, the population grew by 2 percent');
    expect(
      composeStatement({ speaker: 'Hakan Fidan', cue: 'plea for', text: 'an immediate truce' }),
    ).toBe('Hakan Fidan: an immediate truce');
    expect(composeStatement({ speaker: null, cue: null, text: 'prices rose 4 percent.' })).toBe(
      'Prices rose 4 percent',
    );
  });

  it('keeps names capitalised and drops a capital that only started the sentence', () => {
    expect(
      composeStatement({
        speaker: 'Amina Yusuf',
        cue: 'said',
        text: 'Clean water reached every town',
      }),
    ).toBe('Amina Yusuf says clean water reached every town');
    expect(
      composeStatement({ speaker: 'Amina Yusuf', cue: 'said', text: 'Kenya reached the final' }),
    ).toBe('Amina Yusuf says Kenya reached the final');
  });

  it('gives every extracted claim of an unseen article a non-empty sentence naming its speaker', () => {
    const body =
      'The harbour authority said cargo volumes fell 8 percent in June. Dock workers warned that ' +
      'two cranes had been idle for weeks. According to the ministry, the port lost 40 million dollars.';
    const claims = extractClaims(body);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const statement = composeStatement(claim);
      expect(statement.length).toBeGreaterThan(0);
      if (claim.speaker) expect(statement.toLowerCase()).toContain(claim.speaker.toLowerCase());
    }
  });
});
