import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from '@/lib/extraction';

const find = (claims: ExtractedClaim[], fragment: string) => {
  const claim = claims.find((c) => c.text.includes(fragment));
  if (!claim)
    throw new Error(
      `no claim containing "${fragment}" in ${JSON.stringify(claims.map((c) => c.text))}`,
    );
  return claim;
};

describe('attribution structures', () => {
  it('splits role and name before the verb and drops the attribution from the text', () => {
    const [claim] = extractClaims(
      'Ukrainian Foreign Ministry spokesman Heorhii Tykhii said Russia hasn’t agreed to silence weapons.',
    );
    expect(claim).toMatchObject({
      text: 'Russia hasn’t agreed to silence weapons',
      speaker: 'Heorhii Tykhii',
      speakerRole: 'Ukrainian Foreign Ministry spokesman',
      cue: 'said',
      attribution: 'indirect',
      checkworthy: true,
    });
  });

  it('handles a trailing "according to" source', () => {
    const [claim] = extractClaims('More than 300 homes were flooded, according to the U.N.');
    expect(claim).toMatchObject({
      text: 'More than 300 homes were flooded',
      speaker: 'U.N.',
      cue: 'according to',
      attribution: 'according_to',
    });
  });

  it('handles a leading "According to" source', () => {
    const [claim] = extractClaims(
      'According to the state statistics office, 4,200 jobs were lost in May.',
    );
    expect(claim).toMatchObject({
      text: '4,200 jobs were lost in May',
      speaker: 'state statistics office',
      attribution: 'according_to',
    });
  });

  it('handles a trailing speaker with an appositive role', () => {
    const [claim] = extractClaims(
      'The bridge will reopen in June, Anna Berg, the city transport director, said on Monday.',
    );
    expect(claim).toMatchObject({
      text: 'The bridge will reopen in June',
      speaker: 'Anna Berg',
      speakerRole: 'city transport director',
      cue: 'said',
    });
  });

  it('handles an inverted cue ("said the minister")', () => {
    const [claim] = extractClaims('"The talks were constructive," said Deputy Minister Karl Osei.');
    expect(claim).toMatchObject({
      text: 'The talks were constructive',
      speaker: 'Karl Osei',
      speakerRole: 'Deputy Minister',
      attribution: 'direct',
    });
  });

  it('gives "reportedly" the reported attribution and no speaker', () => {
    const [claim] = extractClaims('The army is reportedly moving tanks towards the border.');
    expect(claim).toMatchObject({ speaker: null, cue: 'reportedly', attribution: 'reported' });
  });

  it('attributes "X said that Y reported P" to the inner source', () => {
    const claims = extractClaims('Officials said the Red Cross reported 35 deaths in the camps.');
    expect(find(claims, '35 deaths')).toMatchObject({ speaker: 'Red Cross', cue: 'reported' });
  });

  it('treats groups as speakers', () => {
    const claims = extractClaims(
      'EU leaders signaled new sanctions. Kremlin officials warned that talks would take time. Ukrainian officials revealed that 40 drones were launched.',
    );
    expect(claims.map((c) => c.speaker)).toEqual([
      'EU leaders',
      'Kremlin officials',
      'Ukrainian officials',
    ]);
  });

  it('skips link lines such as a "# source:" header', () => {
    const claims = extractClaims(
      '# source: https://example.com/story\n\nPolice said 3 people died.',
    );
    expect(claims.map((c) => c.text)).toEqual(['3 people died']);
  });

  it('returns an unattributed claim for a plain factual sentence', () => {
    const [claim] = extractClaims('The plant closed in 2019 after 40 years of production.');
    expect(claim).toMatchObject({
      speaker: null,
      cue: null,
      attribution: 'none',
      checkworthy: true,
    });
  });
});

describe('one sentence, several claims', () => {
  it('splits "described X as positive and said Y" into two claims by the same speaker', () => {
    const claims = extractClaims(
      'Russian negotiator Vladimir Medinsky described the outcome as positive and said further dialogue was possible.',
    );
    expect(claims.map((c) => [c.text, c.cue, c.speaker])).toEqual([
      ['the outcome as positive', 'described', 'Vladimir Medinsky'],
      ['further dialogue was possible', 'said', 'Vladimir Medinsky'],
    ]);
  });

  it('splits ", adding ..." into a second claim', () => {
    const claims = extractClaims(
      'Twelve missiles were shot down, the air force said, adding that two hit a power plant.',
    );
    expect(claims.map((c) => [c.text, c.cue, c.speaker])).toEqual([
      ['Twelve missiles were shot down', 'said', 'air force'],
      ['two hit a power plant', 'adding', 'air force'],
    ]);
  });

  it('splits ", but" clauses and keeps the article voice for the second one', () => {
    const claims = extractClaims('Ukraine insists on a truce, but the Kremlin has resisted.');
    expect(claims[1]).toMatchObject({ text: 'the Kremlin has resisted', speaker: null });
  });
});

describe('coreference', () => {
  it('resolves "he" to the last person named', () => {
    const claims = extractClaims(
      'Finance Minister Ravi Kumar said growth slowed to 5 percent. He said exports fell by 8 percent.',
    );
    expect(find(claims, 'exports fell')).toMatchObject({
      speaker: 'Ravi Kumar',
      speakerRole: 'Finance Minister',
    });
  });

  it('expands a surname to the full name introduced earlier', () => {
    const claims = extractClaims(
      'Ukrainian President Volodymyr Zelenskyy met EU leaders. Zelenskyy said 20 brigades were ready.',
    );
    expect(find(claims, '20 brigades')).toMatchObject({
      speaker: 'Volodymyr Zelenskyy',
      speakerRole: 'Ukrainian President',
    });
  });

  it('expands "Mr" + surname and a name introduced outside an attribution', () => {
    const claims = extractClaims(
      'The opposition leader, Cellou Dalein Diallo, withdrew on Wednesday.\n\nMr Diallo said the count was rigged in 12 districts.',
    );
    expect(find(claims, 'rigged')).toMatchObject({ speaker: 'Cellou Dalein Diallo' });
  });

  it('resolves "it" to the last organisation that spoke', () => {
    const claims = extractClaims(
      'The air force said 40 drones were launched.\n\n"More than 20 devices failed to reach their targets," it added.',
    );
    expect(find(claims, '20 devices')).toMatchObject({ speaker: 'air force', cue: 'added' });
  });
});

describe('direct quotes', () => {
  it('handles straight and curly quotation marks', () => {
    const straight = extractClaims('"We lost 3,000 hectares," the farmer said.');
    const curly = extractClaims('“We lost 3,000 hectares,” the farmer said.');
    expect(straight[0]).toMatchObject({ text: 'We lost 3,000 hectares', attribution: 'direct' });
    expect(curly[0]).toMatchObject({ text: 'We lost 3,000 hectares', attribution: 'direct' });
  });

  it('gives every sentence of a multi-sentence quote the quoted speaker', () => {
    const text =
      '"Two schools were destroyed. Nine teachers are missing," Mayor Lena Park told reporters.';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.text, c.speaker, c.attribution])).toEqual([
      ['Two schools were destroyed', 'Lena Park', 'direct'],
      ['Nine teachers are missing', 'Lena Park', 'direct'],
    ]);
  });

  it('carries a quote across paragraphs (wire style: no closing mark, next paragraph reopens)', () => {
    const text =
      'Health Minister Omar Haddad said: “The clinic treated 400 patients in a week.\n\n“We ran out of insulin on Tuesday.”\n\nThe ministry did not give further figures.';
    const claims = extractClaims(text);
    expect(find(claims, 'insulin')).toMatchObject({
      speaker: 'Omar Haddad',
      attribution: 'direct',
    });
    expect(find(claims, 'further figures')).toMatchObject({ speaker: null });
  });

  it('gives a stand-alone quote paragraph the previous speaker', () => {
    const text =
      'Coach Maria Lopez said the team trained twice a day.\n\n"We won 14 of our last 16 games."';
    expect(find(extractClaims(text), '14 of our last 16')).toMatchObject({
      speaker: 'Maria Lopez',
      attribution: 'direct',
    });
  });
});

describe('check-worthiness', () => {
  it('marks predictions, appeals and opinions as not check-worthy', () => {
    const claims = extractClaims(
      'Analysts believe prices could fall next year. The union urged workers to stay calm. The mayor said the plan was disappointing.',
    );
    expect(claims.map((c) => c.checkworthy)).toEqual([false, false, false]);
  });

  it('marks numbers and concrete events by named sources as check-worthy', () => {
    const claims = extractClaims('Police said 14 people were arrested after the match.');
    expect(claims[0]).toMatchObject({ kind: 'statistic', checkworthy: true });
    expect(claims[0].checkworthiness).toBeGreaterThan(0.7);
  });
});
