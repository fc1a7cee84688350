/**
 * Benchmarks the claim extraction engine on the shared dev set and PolNeAR's held-out articles:
 * recall / precision of check-worthy claims, speaker accuracy, one-core throughput, against a baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractClaims } from '../lib/extraction';
import { withCheckworthinessRules } from '../lib/extraction/checkworthiness/rules';
import { splitSentences } from '../lib/extraction/sentences';
import { inSingleQuoteStyle } from './lib/house-style';
import { reportPolnear } from './lib/bench-polnear';
import { withOperatingPoint } from '../lib/extraction/checkworthiness/model';
import { benchCheckworthiness, otherOperatingPoint } from './lib/bench-checkworthiness';
import {
  extractionDataDir,
  loadDevSet,
  MissingDataError,
  type DevArticle,
} from './lib/extraction-data';
import { MATCHING_RULE } from './lib/matching';
import { evaluate, type Extractor } from './lib/dev-score';

/** Baseline: every sentence is one check-worthy claim asserted by nobody. */
const sentenceBaseline: Extractor = (text) =>
  splitSentences(text).map((s) => ({
    start: s.start,
    end: s.end,
    speaker: null,
    checkworthy: true,
  }));

interface Throughput {
  cpuMedian: number;
  wallMedian: number;
  wallBest: number;
  windows: number;
  passes: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * KB/s of extractClaims over the whole dev set, single thread, after a warm-up, in windows of >= 1 s
 * (process start excluded). CPU-time throughput (bytes / CPU seconds of this process) is what one core
 * sustains even when other jobs share the machine; wall-clock figures are printed alongside.
 */
function throughput(articles: DevArticle[], windows = 5): Throughput {
  const texts = articles.map((a) => a.body);
  const kilobytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1024;
  for (let i = 0; i < 30; i++) for (const t of texts) extractClaims(t);
  const wallRates: number[] = [];
  const cpuRates: number[] = [];
  let passes = 0;
  for (let w = 0; w < windows; w++) {
    const started = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    let runs = 0;
    let seconds = 0;
    while (seconds < 1) {
      for (const t of texts) extractClaims(t);
      runs++;
      seconds = Number(process.hrtime.bigint() - started) / 1e9;
    }
    const cpu = process.cpuUsage(cpuStart);
    passes += runs;
    wallRates.push((kilobytes * runs) / seconds);
    cpuRates.push((kilobytes * runs) / ((cpu.user + cpu.system) / 1e6));
  }
  return {
    cpuMedian: median(cpuRates),
    wallMedian: median(wallRates),
    wallBest: Math.max(...wallRates),
    windows,
    passes,
  };
}

/** The repo's own fixtures (tests/fixtures/extraction), written by the engine's authors: not a blind test. */
function handWrittenFixtures(): DevArticle[] {
  const dir = path.resolve(__dirname, '..', 'tests', 'fixtures', 'extraction');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const fixture = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
        text: string;
        expected: {
          text: string;
          speaker: string | null;
          cue: string | null;
          checkworthy: boolean;
        }[];
      };
      const claims = fixture.expected.map((e, i) => {
        const start = fixture.text.indexOf(e.text);
        return {
          id: `${f}-${i}`,
          text: e.text,
          speaker: e.speaker,
          speaker_role: null,
          cue: e.cue,
          checkworthy: e.checkworthy,
          kind: 'other',
          char_start: start,
          char_end: start + e.text.length,
        };
      });
      return { id: f.replace(/\.json$/, '').slice(0, 12), body: fixture.text, claims };
    });
}

function main(): void {
  const dir = extractionDataDir();
  let articles: DevArticle[];
  try {
    articles = loadDevSet(dir);
  } catch (error) {
    if (error instanceof MissingDataError) {
      console.error(`bench:extract: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  console.log(`Claim extraction benchmark — dev set at ${dir}`);
  console.log(`Matching rule: ${MATCHING_RULE}.`);
  console.log(
    'recall = gold check-worthy claims matched by a predicted check-worthy claim / gold check-worthy claims;',
  );
  console.log(
    'precision = predicted check-worthy claims matching a gold check-worthy claim / predicted check-worthy claims;',
  );
  console.log(
    'speaker = speaker agreement on gold claims matched by a prediction (best overlap), names normalised as in the README.',
  );
  evaluate('Engine (lib/extraction)', articles, extractClaims, true);
  evaluate(
    'Engine on the dev set in single-quote house style (every "…" and “…” as \'…\' and ‘…’)',
    articles.map((a) => ({ ...a, body: inSingleQuoteStyle(a.body) })),
    extractClaims,
    false,
  );
  evaluate(
    'Engine without check-worthiness rules (model only)',
    articles,
    (text) => withCheckworthinessRules([], () => extractClaims(text)),
    false,
  );
  evaluate(
    `Engine at the ${otherOperatingPoint} operating point of the check-worthiness model`,
    articles,
    (text) => withOperatingPoint(otherOperatingPoint, () => extractClaims(text)),
    false,
  );
  evaluate(
    'Baseline (every sentence is a check-worthy claim by nobody)',
    articles,
    sentenceBaseline,
    false,
  );
  const fixtures = handWrittenFixtures();
  if (fixtures.length)
    evaluate(
      'Hand-written fixtures (tests/fixtures/extraction, same metrics)',
      fixtures,
      extractClaims,
      true,
    );
  const t = throughput(articles);
  const machine = `${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}, node ${process.version}`;
  console.log(
    `\nThroughput on one core: ${t.cpuMedian.toFixed(0)} KB/s of CPU time (median of ${t.windows} windows of >= 1 s, ${t.passes} passes over the ${articles.length} dev articles); wall clock median ${t.wallMedian.toFixed(0)} KB/s, best ${t.wallBest.toFixed(0)} KB/s (${machine})`,
  );
  reportPolnear(dir, process.env.BENCH_POLNEAR_SPLIT === 'train' ? 'train' : 'dev');
  benchCheckworthiness(dir, articles);
}

main();
