/** Scores an extractor on gold articles by the shared matching rule: check-worthy recall, precision, speaker. */
import { extractClaims, type ExtractedClaim } from '../../lib/extraction';
import type { DevArticle } from './extraction-data';
import { overlap, speakersMatch, spansMatch } from './matching';

export type Extractor = (
  text: string,
) => Pick<ExtractedClaim, 'start' | 'end' | 'speaker' | 'checkworthy'>[];

export interface Score {
  goldCheckworthy: number;
  recalled: number;
  predictedCheckworthy: number;
  precise: number;
  matched: number;
  speakerCorrect: number;
}

export function score(article: DevArticle, extract: Extractor): Score {
  const predicted = extract(article.body);
  const gold = article.claims.map((c) => ({ ...c, start: c.char_start, end: c.char_end }));
  const goldCw = gold.filter((g) => g.checkworthy);
  const predCw = predicted.filter((p) => p.checkworthy);
  const s: Score = {
    goldCheckworthy: goldCw.length,
    recalled: 0,
    predictedCheckworthy: predCw.length,
    precise: 0,
    matched: 0,
    speakerCorrect: 0,
  };
  s.recalled = goldCw.filter((g) => predCw.some((p) => spansMatch(g, p))).length;
  s.precise = predCw.filter((p) => goldCw.some((g) => spansMatch(g, p))).length;
  for (const g of gold) {
    const best = predicted
      .filter((p) => spansMatch(g, p))
      .sort((a, b) => overlap(g, b) - overlap(g, a))[0];
    if (!best) continue;
    s.matched++;
    if (speakersMatch(g.speaker, best.speaker)) s.speakerCorrect++;
    else if (process.env.BENCH_VERBOSE)
      console.log(
        `  speaker miss ${g.id}: gold=${JSON.stringify(g.speaker)} got=${JSON.stringify(best.speaker)}`,
      );
  }
  if (process.env.BENCH_VERBOSE && extract === extractClaims) {
    for (const g of goldCw)
      if (!predCw.some((p) => spansMatch(g, p))) console.log(`  missed ${g.id}: ${g.text}`);
    for (const p of predCw)
      if (!goldCw.some((g) => spansMatch(g, p)))
        console.log(`  extra: ${article.body.slice(p.start, p.end)}`);
  }
  return s;
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (x: number) => x.toFixed(3);

export function add(total: Score, s: Score): Score {
  return {
    goldCheckworthy: total.goldCheckworthy + s.goldCheckworthy,
    recalled: total.recalled + s.recalled,
    predictedCheckworthy: total.predictedCheckworthy + s.predictedCheckworthy,
    precise: total.precise + s.precise,
    matched: total.matched + s.matched,
    speakerCorrect: total.speakerCorrect + s.speakerCorrect,
  };
}

export function row(label: string, s: Score): string {
  return [
    label.padEnd(12),
    pct(ratio(s.recalled, s.goldCheckworthy)).padStart(7),
    pct(ratio(s.precise, s.predictedCheckworthy)).padStart(9),
    pct(ratio(s.speakerCorrect, s.matched)).padStart(9),
    `${s.recalled}/${s.goldCheckworthy}`.padStart(9),
    `${s.precise}/${s.predictedCheckworthy}`.padStart(9),
    `${s.speakerCorrect}/${s.matched}`.padStart(9),
  ].join(' ');
}

export function evaluate(
  name: string,
  articles: DevArticle[],
  extract: Extractor,
  perArticle: boolean,
): Score {
  console.log(`\n${name}`);
  console.log(
    `${'article'.padEnd(12)} ${'recall'.padStart(7)} ${'precision'.padStart(9)} ${'speaker'.padStart(9)} ${'rec n'.padStart(9)} ${'prec n'.padStart(9)} ${'spk n'.padStart(9)}`,
  );
  let total: Score = {
    goldCheckworthy: 0,
    recalled: 0,
    predictedCheckworthy: 0,
    precise: 0,
    matched: 0,
    speakerCorrect: 0,
  };
  for (const article of articles) {
    const s = score(article, extract);
    if (perArticle) console.log(row(article.id, s));
    total = add(total, s);
  }
  console.log(row('OVERALL', total));
  return total;
}
