/**
 * How long claim extraction holds an import request, by article length: the measurement behind
 * EXTRACT_INLINE_MAX_CHARS (lib/data/article-extraction.ts; docs/monitoring.md, "Long pasted
 * articles"). One core, median of 5 per size; the baseline is splitting the same text into
 * sentences (the cheapest pass any extraction makes).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { claimRecordsFor } from '../lib/articles/claim-records';
import { EXTRACT_INLINE_MAX_CHARS } from '../lib/articles/inline-extraction';
import { splitSentences } from '../lib/extraction/sentences';

const root = path.resolve(__dirname, '..');
const fixtureDir = path.join(root, 'tests/fixtures/extraction');
const stories = [
  readFileSync(path.join(root, 'prisma/demo/istanbul-talks.txt'), 'utf8'),
  ...['outbreak', 'court-ruling', 'central-bank', 'wildfire', 'election-count', 'flood-report'].map(
    (name) =>
      (JSON.parse(readFileSync(path.join(fixtureDir, `${name}.json`), 'utf8')) as { text: string })
        .text,
  ),
];

function article(chars: number, run: number): string {
  const parts: string[] = [];
  for (let i = 0; parts.join('\n\n').length < chars; i++)
    parts.push(`Update ${i + 1} (run ${run}).\n\n${stories[i % stories.length]}`);
  return parts.join('\n\n').slice(0, chars);
}

function median(run: (text: string) => unknown, chars: number): number {
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const text = article(chars, r);
    const started = performance.now();
    run(text);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2];
}

claimRecordsFor(article(20_000, -1)); // warm up the model and the JIT
console.log(
  `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; inline limit ${EXTRACT_INLINE_MAX_CHARS.toLocaleString('en')} characters`,
);
console.log('chars    claims  extract ms  ms/1000 chars  sentences ms (baseline)  path');
for (const chars of [2_000, 5_000, 10_000, 20_000, 50_000, 100_000]) {
  const claims = claimRecordsFor(article(chars, 0)).length;
  const extract = median(claimRecordsFor, chars);
  const baseline = median(splitSentences, chars);
  console.log(
    [
      String(chars).padEnd(8),
      String(claims).padEnd(7),
      extract.toFixed(0).padEnd(11),
      ((extract / chars) * 1000).toFixed(1).padEnd(14),
      baseline.toFixed(1).padEnd(24),
      chars > EXTRACT_INLINE_MAX_CHARS ? 'job' : 'in the request',
    ].join(' '),
  );
}
