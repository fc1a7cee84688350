import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word as the part-of-speech tagger sees it: Universal POS tag and lemma, with offsets in the text. */
export interface TaggedWord {
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

let nlp: WinkMethods | null = null;
// Whitespace a word may follow; wink-nlp rewrites a few forms ("can’t" -> "can" "not"), which are skipped.
const MAX_GAP = 64;

/** wink-nlp with its small English model, loaded once per process on first use. */
function tagger(): WinkMethods {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Tags `text` with wink-nlp (POS and lemma); words whose offsets cannot be recovered are left out. */
export function tagText(text: string): TaggedWord[] {
  const { its, readDoc } = tagger();
  const tokens = readDoc(text).tokens();
  const forms = tokens.out();
  const tags = tokens.out(its.pos) as string[];
  // wink-nlp's type declarations give its.lemma the wrong parameter types; it is a token its-function.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const words: TaggedWord[] = [];
  let cursor = 0;
  forms.forEach((form, i) => {
    const offset = text.slice(cursor, cursor + MAX_GAP + form.length).indexOf(form);
    if (offset < 0) return;
    const start = cursor + offset;
    cursor = start + form.length;
    words.push({ start, end: cursor, pos: tags[i], lemma: lemmas[i] });
  });
  return words;
}
