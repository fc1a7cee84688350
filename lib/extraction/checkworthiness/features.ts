/**
 * Hashed features of a claim for the check-worthiness model: the claim text's word unigrams and bigrams,
 * character 3–5-grams inside words and shape features (numbers, length, questions, quotes, capitalised
 * words, past and perfect verb forms, dates), plus the word unigrams and bigrams of the sentence it was taken
 * from as a group of their own. N-gram counts are TF-IDF weighted (1 + log tf, times the inverse document
 * frequency the trainer measured; n-grams it never saw are dropped, as a fixed vocabulary would). Shared by
 * the trainer (scripts/train-checkworthiness.ts) and the runtime scorer, so both see the same vector.
 */
import { hasPastForm, hasPerfect } from '../verb-forms';
import { NUMBER_WORDS } from '../word-lists';

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*|[?%$€£"]/gu;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CHAR_MIN = 3;
const CHAR_MAX = 5;

function fnv(text: string, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/** Lower case, straight quotes and apostrophes, every digit as 0 (so "1,200" and "3,400" share a shape). */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\d/g, '0');
}

/** Inverse document frequency per hashed dimension; 0 drops the dimension. */
export type IdfTable = Float32Array;

// Dense count arrays, one per hash size, reused by every group in turn: a Map per group cost a
// quarter of the extractor's time. A group resets the entries it touched when it is read out.
const scratchBySize = new Map<number, Uint32Array>();

/** Where a feature group's (key, value) pairs go: a sparse vector for the trainer, a dot product for scoring. */
export interface FeatureSink {
  add(key: number, value: number): void;
}

// Reused by every group's read-out: keys and weights of the group being scaled.
let groupKeys = new Int32Array(256);
let groupWeights = new Float64Array(256);

/** One feature group's counts per hashed dimension, read out in first-seen order. */
class Accumulator {
  private readonly counts: Uint32Array;
  private readonly keys: number[] = [];
  constructor(
    private readonly mask: number,
    private readonly idf: IdfTable | null = null,
  ) {
    let scratch = scratchBySize.get(mask);
    if (!scratch) scratchBySize.set(mask, (scratch = new Uint32Array(mask + 1)));
    this.counts = scratch;
  }

  add(hash: number): void {
    const key = hash & this.mask;
    if (this.counts[key] === 0) this.keys.push(key);
    this.counts[key]++;
  }

  /** The (TF-IDF weighted) counts scaled to unit length (long sentences do not outweigh short ones). */
  normalizedInto(sink: FeatureSink): void {
    if (groupKeys.length < this.keys.length) {
      groupKeys = new Int32Array(this.keys.length * 2);
      groupWeights = new Float64Array(this.keys.length * 2);
    }
    let count = 0;
    let norm = 0;
    for (const key of this.keys) {
      const c = this.counts[key];
      this.counts[key] = 0;
      const w = this.idf ? (1 + Math.log(c)) * this.idf[key] : c;
      if (w === 0) continue;
      groupKeys[count] = key;
      groupWeights[count++] = w;
      norm += w * w;
    }
    this.keys.length = 0;
    if (norm === 0) return;
    const scale = 1 / Math.sqrt(norm);
    for (let k = 0; k < count; k++) sink.add(groupKeys[k], groupWeights[k] * scale);
  }
}

const WORD_SEED = fnv('w:');
const BIGRAM_SEED = fnv('b:');
const CHAR_SEED = fnv('c:');
const SHAPE_SEED = fnv('s:');
const SENTENCE_WORD_SEED = fnv('sw:');
const SENTENCE_BIGRAM_SEED = fnv('sb:');

const YEAR_RE = /^(?:1[89]|20)\d\d$/;
const DATE_RE =
  /\b(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b/;

function shapeFeatures(raw: string): string[] {
  const shapes: string[] = [];
  const tokens = raw.match(TOKEN_RE) ?? [];
  const lower = tokens.map((t) => t.toLowerCase());
  const numbers = tokens.filter(
    (t, i) => (/\d/.test(t) && !YEAR_RE.test(t)) || NUMBER_WORDS.has(lower[i]),
  ).length;
  shapes.push(`numbers:${Math.min(numbers, 3)}`);
  if (tokens.some((t) => YEAR_RE.test(t))) shapes.push('year');
  shapes.push(`length:${Math.min(Math.floor(Math.log2(tokens.length + 1)), 6)}`);
  if (/\?\s*["']?\s*$/.test(raw)) shapes.push('ends-with-question');
  if (/["“”]/.test(raw)) shapes.push('quote-mark');
  if (/^\s*\p{Lu}/u.test(raw)) shapes.push('capital-start');
  const capitalised = raw.match(/(?:^|\s)\p{Lu}\p{Ll}/gu)?.length ?? 0;
  shapes.push(`capitalised:${Math.min(capitalised, 4)}`);
  if (hasPastForm(lower)) shapes.push('past-form');
  if (hasPerfect(raw)) shapes.push('perfect');
  if (DATE_RE.test(raw)) shapes.push('date');
  return shapes;
}

/** The hash of `${text} ` from `seed`: with fnv(next, …) it hashes a bigram without building its string. */
const fnvWithSpace = (text: string, seed: number) =>
  Math.imul(fnv(text, seed) ^ 32, FNV_PRIME) >>> 0;

/** Word unigrams and bigrams of normalised tokens (a bigram hashes as `${previous} ${token}` would). */
function addWords(tokens: string[], into: Accumulator, wordSeed: number, bigramSeed: number): void {
  let previous = '<s>';
  for (const token of tokens) {
    into.add(fnv(token, wordSeed));
    into.add(fnv(token, fnvWithSpace(previous, bigramSeed)));
    previous = token;
  }
  into.add(fnv('</s>', fnvWithSpace(previous, bigramSeed)));
}

// Claims of one sentence are scored one after another: the sentence's group is computed once.
let lastSentence: {
  text: string;
  mask: number;
  idf: IdfTable | null;
  index: number[];
  value: number[];
} | null = null;

function addSentenceFeatures(
  sentence: string,
  mask: number,
  idf: IdfTable | null,
  sink: FeatureSink,
): void {
  if (lastSentence?.text !== sentence || lastSentence.mask !== mask || lastSentence.idf !== idf) {
    const context = new Accumulator(mask, idf);
    addWords(
      normalizeText(sentence).match(TOKEN_RE) ?? [],
      context,
      SENTENCE_WORD_SEED,
      SENTENCE_BIGRAM_SEED,
    );
    const index: number[] = [];
    const value: number[] = [];
    context.normalizedInto({ add: (key, v) => (index.push(key), value.push(v)) });
    lastSentence = { text: sentence, mask, idf, index, value };
  }
  const { index, value } = lastSentence;
  for (let k = 0; k < index.length; k++) sink.add(index[k], value[k]);
}

/**
 * The model's input for one claim, group by group into `sink`: hashed into 2^bits dimensions, each feature
 * group scaled to unit length. `sentence` is the sentence the claim was taken from; a whole sentence is its
 * own sentence. Without `idf` the n-gram groups hold raw counts (what the trainer counts document
 * frequencies on).
 */
export function addFeatures(
  text: string,
  bits: number,
  sentence: string,
  idf: IdfTable | null,
  sink: FeatureSink,
): void {
  const mask = (1 << bits) - 1;
  const tokens = normalizeText(text).match(TOKEN_RE) ?? [];
  // One group at a time: the groups share the scratch counts.
  const words = new Accumulator(mask, idf);
  addWords(tokens, words, WORD_SEED, BIGRAM_SEED);
  words.normalizedInto(sink);
  const chars = new Accumulator(mask, idf);
  for (const token of tokens) {
    const padded = ` ${token} `;
    for (let start = 0; start + CHAR_MIN <= padded.length; start++) {
      let hash = CHAR_SEED;
      for (let n = 0; n < CHAR_MAX && start + n < padded.length; n++) {
        hash = Math.imul(hash ^ padded.charCodeAt(start + n), FNV_PRIME);
        if (n + 1 >= CHAR_MIN) chars.add(hash >>> 0);
      }
    }
  }
  chars.normalizedInto(sink);
  const shapes = new Accumulator(mask);
  for (const shape of shapeFeatures(text)) shapes.add(fnv(shape, SHAPE_SEED));
  shapes.normalizedInto(sink);
  addSentenceFeatures(sentence, mask, idf, sink);
}

/** The features of one claim as a sparse vector (what the trainer fits on). */
export function featurize(
  text: string,
  bits: number,
  sentence = text,
  idf: IdfTable | null = null,
): SparseVector {
  const index: number[] = [];
  const value: number[] = [];
  addFeatures(text, bits, sentence, idf, { add: (key, v) => (index.push(key), value.push(v)) });
  return { index: Int32Array.from(index), value: Float32Array.from(value) };
}
