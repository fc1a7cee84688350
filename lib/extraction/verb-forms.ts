import irregularVerbs from 'english-verbs-irregular/dist/verbs.json';

// Simple past and past participles of English irregular verbs (RosaeNLG's english-verbs-irregular list).
const IRREGULAR_PAST = new Set(
  Object.values(irregularVerbs as Record<string, string[][]>).flatMap((forms) => forms.flat()),
);
const PERFECT_RE = /\b(?:has|have|had)\s+(?:not\s+)?\p{L}+/iu;

/** A lower-case word that is a simple past or past participle form (regular -ed or irregular). */
export function isPastForm(lower: string): boolean {
  return /[a-z]{2}ed$/.test(lower) || IRREGULAR_PAST.has(lower);
}

/** A past-tense or participle verb form after the first word (regular -ed or irregular). */
export function hasPastForm(lowerWords: string[]): boolean {
  return lowerWords.some((w, i) => i > 0 && (/[a-z]{3}ed$/.test(w) || IRREGULAR_PAST.has(w)));
}

/** A perfect ("has agreed", "had not seen"). */
export function hasPerfect(text: string): boolean {
  return PERFECT_RE.test(text);
}
