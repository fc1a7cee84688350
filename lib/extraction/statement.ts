import { MAX_STATEMENT_LENGTH } from '@/lib/statement-limit';
import { tagText, type TaggedWord } from './tagger';

export interface StatementParts {
  /** The claim's content as extracted (a verbatim span of the article). */
  text: string;
  speaker: string | null;
  cue: string | null;
}

const IRREGULAR_PRESENT: Record<string, [singular: string, plural: string]> = {
  be: ['is', 'are'],
  have: ['has', 'have'],
  do: ['does', 'do'],
  go: ['goes', 'go'],
};

function presentTense(lemma: string, plural: boolean): string {
  const irregular = IRREGULAR_PRESENT[lemma];
  if (irregular) return irregular[plural ? 1 : 0];
  if (plural) return lemma;
  if (/(?:s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The content as a clause: trimmed, without the sentence's closing punctuation or wrapping quotes. */
function clause(text: string): string {
  return text
    .trim()
    .replace(/^["“‘']+|["”’']+$/g, '')
    .replace(/[\s,;:.]+$/u, '')
    .trim();
}

/** A common noun in its plural form: tagged on its own in lower case, its lemma differs ("officials"). */
function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const [tagged] = tagText(lower);
  return tagged?.pos === 'NOUN' && tagged.lemma.toLowerCase() !== lower;
}

/**
 * The content continuing a sentence: a capital that only marks the sentence start is dropped
 * ("The toll" -> "the toll", "Floods in …" -> "floods in …"); names, acronyms and "I" keep theirs.
 */
function continuing(content: string): string {
  const first = tagText(content.slice(0, 80))[0];
  if (!first || first.start !== 0) return content;
  const word = content.slice(0, first.end);
  if (word === 'I' || /\p{Lu}/u.test(word.slice(1))) return content;
  const lower = word.toLowerCase();
  const [alone] = tagText(lower);
  const common =
    first.pos !== 'PROPN' || (alone && !/^(NOUN|PROPN)$/.test(alone.pos)) || isPluralNoun(word);
  return common ? lower + content.slice(word.length) : content;
}

/** The speaker's head is its last noun before any preposition ("Observers from the African Union"). */
function isPlural(words: TaggedWord[], speaker: string): boolean {
  const own = words.filter((word) => word.end <= speaker.length);
  const preposition = own.findIndex((word) => word.pos === 'ADP');
  const nouns = (preposition > 0 ? own.slice(0, preposition) : own).filter((word) =>
    /^(NOUN|PROPN)$/.test(word.pos),
  );
  const head = nouns.at(-1);
  // A name's last word ("Nikos Pappas") is never a plural; a lone capitalised word may be ("Officials").
  if (!head || (head.pos === 'PROPN' && nouns.length > 1)) return false;
  return isPluralNoun(speaker.slice(head.start, head.end));
}

// "tell" needs its audience ("told reporters"), which the cue leaves out.
const AUDIENCE_VERBS: Record<string, string> = { tell: 'say' };

/**
 * What is being checked, as one sentence built from the extracted speaker, cue and content:
 * "Heorhii Tykhii says Russia hasn’t agreed to silence weapons", "According to U.N., …". The cue's
 * verb is put in the present tense agreeing with the speaker; a cue that is not a verb, or no cue,
 * gives "Speaker: content"; no speaker gives the content alone.
 */
export function composeStatement({ text, speaker, cue }: StatementParts): string {
  const bare = clause(text);
  const who = speaker?.trim();
  if (!who || !bare) return capitalise(bare || text.trim()).slice(0, MAX_STATEMENT_LENGTH);
  const content = continuing(bare);
  const reporting = cue?.trim().toLowerCase() ?? '';
  let statement: string;
  if (reporting.startsWith('according to')) statement = `According to ${who}, ${content}`;
  else if (!reporting) statement = `${who}: ${bare}`;
  else {
    const phrase = `${who} ${reporting}`;
    const words = tagText(phrase);
    const verb = words.find((word) => word.start >= who.length + 1);
    if (verb && verb.pos === 'VERB' && verb.start === who.length + 1) {
      const rest = phrase.slice(verb.end).trim();
      const lemma = verb.lemma.toLowerCase();
      const tensed = presentTense(AUDIENCE_VERBS[lemma] ?? lemma, isPlural(words, who));
      statement = [who, tensed, rest, content].filter(Boolean).join(' ');
    } else statement = `${who}: ${bare}`;
  }
  return capitalise(statement).slice(0, MAX_STATEMENT_LENGTH);
}
