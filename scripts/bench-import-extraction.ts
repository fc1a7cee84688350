/**
 * How long claim extraction holds an import request, by article length: the measurement behind
 * EXTRACT_INLINE_MAX_CHARS (lib/data/article-extraction.ts; docs/monitoring.md, "Long pasted
 * articles"). One core, median of 5 per size; the baseline is splitting the same text into
 * sentences (the cheapest pass any extraction makes).
 */
import os from 'node:os';
import { claimRecordsFor } from '../lib/articles/claim-records';
import { EXTRACT_INLINE_MAX_CHARS } from '../lib/articles/inline-extraction';
import { splitSentences } from '../lib/extraction/sentences';
import { longArticle } from '../prisma/long-article-factory';

const article = (chars: number, run: number) => longArticle(chars, `run ${run}`);

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
