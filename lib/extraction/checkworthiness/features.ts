/**
 * Hashed features of a claim text for the check-worthiness model: word unigrams and bigrams, character
 * 3–5-grams inside words, and a few shape features (numbers, quantities, length, questions, quotes).
 * Shared by the trainer (scripts/train-checkworthiness.ts) and the runtime scorer, so both see the same vector.
 */

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

class Accumulator {
  private readonly counts = new Map<number, number>();
  constructor(private readonly mask: number) {}

  add(hash: number, amount = 1): void {
    const key = hash & this.mask;
    this.counts.set(key, (this.counts.get(key) ?? 0) + amount);
  }

  /** The counts scaled to unit length (long sentences do not outweigh short ones). */
  normalizedInto(index: number[], value: number[]): void {
    let norm = 0;
    for (const c of this.counts.values()) norm += c * c;
    if (norm === 0) return;
    const scale = 1 / Math.sqrt(norm);
    for (const [key, c] of this.counts) {
      index.push(key);
      value.push(c * scale);
    }
  }
}

const WORD_SEED = fnv('w:');
const BIGRAM_SEED = fnv('b:');
const CHAR_SEED = fnv('c:');
const SHAPE_SEED = fnv('s:');

const YEAR_RE = /^(?:1[89]|20)\d\d$/;

function shapeFeatures(raw: string): string[] {
  const shapes: string[] = [];
  const tokens = raw.match(TOKEN_RE) ?? [];
  const numbers = tokens.filter((t) => /\d/.test(t) && !YEAR_RE.test(t)).length;
  shapes.push(`numbers:${Math.min(numbers, 3)}`);
  if (tokens.some((t) => YEAR_RE.test(t))) shapes.push('year');
  shapes.push(`length:${Math.min(Math.floor(Math.log2(tokens.length + 1)), 6)}`);
  if (/\?\s*["']?\s*$/.test(raw)) shapes.push('ends-with-question');
  if (/["“”]/.test(raw)) shapes.push('quote-mark');
  if (/^\s*\p{Lu}/u.test(raw)) shapes.push('capital-start');
  const capitalised = raw.match(/(?:^|\s)\p{Lu}\p{Ll}/gu)?.length ?? 0;
  shapes.push(`capitalised:${Math.min(capitalised, 4)}`);
  return shapes;
}

/** The model's input for one text: hashed into 2^bits dimensions, each feature group scaled to unit length. */
export function featurize(text: string, bits: number): SparseVector {
  const mask = (1 << bits) - 1;
  const normalized = normalizeText(text);
  const tokens = normalized.match(TOKEN_RE) ?? [];
  const words = new Accumulator(mask);
  const chars = new Accumulator(mask);
  const shapes = new Accumulator(mask);

  let previous = '<s>';
  for (const token of tokens) {
    words.add(fnv(token, WORD_SEED));
    words.add(fnv(`${previous} ${token}`, BIGRAM_SEED));
    previous = token;
    const padded = ` ${token} `;
    for (let start = 0; start + CHAR_MIN <= padded.length; start++) {
      let hash = CHAR_SEED;
      for (let n = 0; n < CHAR_MAX && start + n < padded.length; n++) {
        hash = Math.imul(hash ^ padded.charCodeAt(start + n), FNV_PRIME);
        if (n + 1 >= CHAR_MIN) chars.add(hash >>> 0);
      }
    }
  }
  words.add(fnv(`${previous} </s>`, BIGRAM_SEED));
  for (const shape of shapeFeatures(text)) shapes.add(fnv(shape, SHAPE_SEED));

  const index: number[] = [];
  const value: number[] = [];
  words.normalizedInto(index, value);
  chars.normalizedInto(index, value);
  shapes.normalizedInto(index, value);
  return { index: Int32Array.from(index), value: Float32Array.from(value) };
}
