/**
 * PolNeAR attribution benchmark: over attributions whose cue is a reporting expression and whose source
 * is not a pronoun, `found` = share whose content (first to last piece) some extracted claim matches under
 * the shared matching rule, `speaker` = share of those whose best-matching claim names the source.
 */
import { extractClaims, type ExtractedClaim } from '../../lib/extraction';
import { splitSentences } from '../../lib/extraction/sentences';
import { inSingleQuoteStyle } from './house-style';
import { overlap, speakersMatch, spansMatch } from './matching';
import {
  loadPolnear,
  pieceSpan,
  piecesText,
  type PolnearArticle,
  type PolnearSplit,
} from './polnear-data';
import { isPronounSource, isReportingCue } from './reporting-cue';

type Extractor = (text: string) => Pick<ExtractedClaim, 'start' | 'end' | 'speaker'>[];

export interface PolnearScore {
  attributions: number;
  found: number;
  speakerCorrect: number;
}

export interface PolnearMiss {
  article: string;
  kind: 'content' | 'speaker';
  source: string;
  cue: string;
  content: string;
  got: string;
}

interface Target {
  source: string;
  cue: string;
  span: { start: number; end: number };
}

/** The attributions the figure counts: reporting cue, non-pronoun source, content present. */
export function polnearTargets(article: PolnearArticle): Target[] {
  const targets: Target[] = [];
  for (const a of article.attributions) {
    if (!a.source?.length || !a.cue?.length || !a.content?.length) continue;
    const source = piecesText(a.source);
    const cue = piecesText(a.cue);
    if (isPronounSource(source) || !isReportingCue(cue)) continue;
    targets.push({ source, cue, span: pieceSpan(a.content) });
  }
  return targets;
}

/** Baseline: every sentence is one claim asserted by nobody. */
export const sentencesByNobody: Extractor = (text) =>
  splitSentences(text).map((s) => ({ start: s.start, end: s.end, speaker: null }));

export function scorePolnear(
  articles: PolnearArticle[],
  extract: Extractor,
  misses?: PolnearMiss[],
): PolnearScore {
  const score: PolnearScore = { attributions: 0, found: 0, speakerCorrect: 0 };
  for (const article of articles) {
    const claims = extract(article.text);
    for (const target of polnearTargets(article)) {
      score.attributions++;
      const best = claims
        .filter((c) => spansMatch(target.span, c))
        .sort((a, b) => overlap(target.span, b) - overlap(target.span, a))[0];
      const content = article.text.slice(target.span.start, target.span.end);
      const miss = { article: article.id, source: target.source, cue: target.cue, content };
      if (!best) {
        misses?.push({ ...miss, kind: 'content', got: '' });
        continue;
      }
      score.found++;
      if (speakersMatch(target.source, best.speaker)) score.speakerCorrect++;
      else misses?.push({ ...miss, kind: 'speaker', got: String(best.speaker) });
    }
  }
  return score;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function line(label: string, s: PolnearScore): string {
  return [
    label.padEnd(44),
    ratio(s.found, s.attributions).toFixed(3).padStart(7),
    ratio(s.speakerCorrect, s.found).toFixed(3).padStart(8),
    `${s.found}/${s.attributions}`.padStart(11),
    `${s.speakerCorrect}/${s.found}`.padStart(11),
  ].join(' ');
}

/** Prints engine and baseline figures for one PolNeAR split (dev in the benchmark, train for error analysis). */
export function reportPolnear(dir: string, split: PolnearSplit = 'dev'): void {
  const articles = loadPolnear(dir, split);
  const misses: PolnearMiss[] = [];
  const started = process.hrtime.bigint();
  const engine = scorePolnear(
    articles,
    extractClaims,
    process.env.BENCH_VERBOSE ? misses : undefined,
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const baseline = scorePolnear(articles, sentencesByNobody);
  const singleQuoted = scorePolnear(
    articles.map((a) => ({ ...a, text: inSingleQuoteStyle(a.text) })),
    extractClaims,
  );
  console.log(
    `\nPolNeAR ${split} (${articles.length} articles): attributions with a reporting cue and a non-pronoun source`,
  );
  console.log(
    `${''.padEnd(44)} ${'found'.padStart(7)} ${'speaker'.padStart(8)} ${'found n'.padStart(11)} ${'speaker n'.padStart(11)}`,
  );
  console.log(line('Engine (lib/extraction)', engine));
  console.log(line('Engine, text in single-quote house style', singleQuoted));
  console.log(line('Baseline (every sentence a claim by nobody)', baseline));
  console.log(`(engine pass incl. cue filtering: ${seconds.toFixed(1)} s)`);
  for (const m of misses)
    console.log(
      `  ${m.kind} miss [${m.article}] source=${JSON.stringify(m.source)} cue=${JSON.stringify(m.cue)} got=${JSON.stringify(m.got)}\n    ${m.content.replace(/\s+/g, ' ')}`,
    );
}
