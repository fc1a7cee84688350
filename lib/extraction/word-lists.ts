import {
  AUDIENCE_NOUNS as LEXICON_AUDIENCE_NOUNS,
  CUE_ADVERBS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS as LEXICON_GROUP_NOUNS,
  ORGANISATION_WORDS,
  PERSON_NOUNS,
  SPEAKER_MODIFIERS,
  TIME_NOUNS,
} from './lexicon';

/**
 * Closed-class function words (determiners, pronouns, conjunctions, auxiliaries, abbreviations) are written
 * here by hand; open-class lists are derived (lexicon.ts) and combined here with grammatical forms.
 */
const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Regular English plurals of a noun ("official" -> "officials", "agency" -> "agencies", "spokesman"
 * -> "spokesmen").
 */
function plurals(noun: string): string[] {
  if (noun.endsWith('man')) return [`${noun.slice(0, -3)}men`];
  // Latin plurals next to the English one: datum → data, medium → media, memorandum → memoranda.
  if (noun.endsWith('um')) return [`${noun}s`, `${noun.slice(0, -2)}a`];
  if (/[^aeiou]y$/.test(noun)) return [`${noun.slice(0, -1)}ies`];
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return [`${noun}es`];
  return [`${noun}s`];
}
const withPlurals = (nouns: Iterable<string>) => [...nouns].flatMap((n) => [n, ...plurals(n)]);

// Abbreviated titles written before a name ("Sen. Warren", "Gov. Brown").
const TITLE_ABBREVIATIONS = 'sen. rep. gov. gen. lt. col. sgt. capt. adm. maj. sen rep gov';

/** Nouns naming a person's office or function (derived); they separate a role from the name that follows. */
export const ROLE_NOUNS = new Set([...PERSON_NOUNS, ...set(TITLE_ABBREVIATIONS)]);

/**
 * Plural person nouns, bodies and documents (derived) that can head a speaker phrase ("officials",
 * "the committee").
 */
export const GROUP_NOUNS = new Set([
  ...[...PERSON_NOUNS].flatMap(plurals),
  ...withPlurals(LEXICON_GROUP_NOUNS),
  ...withPlurals(DOCUMENT_NOUNS),
]);

/** Capitalised final words that mark an organisation rather than a person (derived: "… Committee"). */
export const ORG_FINAL_WORDS = new Set([...ORGANISATION_WORDS, ...LEXICON_GROUP_NOUNS]);

/** Lowercase words allowed inside a speaker phrase besides role and group nouns (derived, plus quantifiers). */
export const QUANTIFIERS = set(
  'the a an its his her their our some all both several many most few',
);
export const NP_MODIFIERS = new Set([...SPEAKER_MODIFIERS, ...QUANTIFIERS]);

export const DETERMINERS = set('the a an this that these those');
/** Object pronouns ("asked him", "told them"). */
export const OBJECT_PRONOUNS = set('me you him her us them');
/** Possessive determiners ("his support", "their plan"). */
export const POSSESSIVE_DETERMINERS = set('my your his her its our their');
/** Pronouns that open a clause as its subject ("said they were …"). */
export const SUBJECT_PRONOUNS = set('he she they we i you it there');
/** Prepositions linking a noun to its owner in a name or role ("Secretary of State", "officials from the UN"). */
export const LINKING_PREPOSITIONS = set('from of for at with');
/** Degree words before a quantity ("about 200", "nearly half", "more than 40"). */
export const QUANTITY_LEADS = set(
  'over more nearly about almost some at around roughly less fewer up',
);
export const HONORIFICS = set(
  'mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame rev rev. hon hon. gen. gen',
);
export const NAME_PARTICLES = set(
  'de da del della der den di du la le van von bin ibn al el abu ben dos das st. y',
);

export const PERSONAL_PRONOUNS = set('he she');
export const PLURAL_PRONOUNS = set('they');
export const NEUTER_PRONOUNS = set('it');

/** Words that open a subordinate or coordinate clause; a speaker phrase may start right after them. */
export const CLAUSE_OPENERS = set(`
and but while as that when because although though so after before since if where whereas or yet
meanwhile however earlier later also then still with which who whom
`);

/** Sentence-initial discourse markers stripped from claim text ("Meanwhile, ..."). */
export const DISCOURSE_MARKERS = set(
  'meanwhile however earlier moreover also still furthermore additionally separately nonetheless nevertheless instead indeed',
);

/** Adverbs that may sit between a speaker and its cue ("Ignat later clarified"; derived), and perfect auxiliaries. */
export const SPEAKER_VERB_ADVERBS = new Set([...CUE_ADVERBS, ...set('had has have')]);
/** Floating quantifiers and "since" between an auxiliary and its verb ("have both argued", "has since said"). */
export const FLOATING_VERB_WORDS = set('both all each since');

/**
 * Adjuncts that may follow a cue before the content ("said on Friday that ..."): derived time nouns
 * and -ly cue adverbs, temporal deictics.
 */
export const TIME_WORDS = new Set([
  ...withPlurals(TIME_NOUNS),
  ...[...CUE_ADVERBS].filter((w) => w.endsWith('ly')),
  ...set('yesterday tonight here there last this next earlier later again also'),
]);

/** Calendar names (a closed class): the days of the week and the months. */
export const CALENDAR_WORDS = set(`
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december
`);

/** Nouns completing "told ___" or "said in a ___" (derived): audiences, media, formats. */
export const AUDIENCE_NOUNS = new Set(withPlurals(LEXICON_AUDIENCE_NOUNS));

export const AUXILIARIES = set(`
is are was were be been being has have had will would could should might may can must shall do does did
remain remains remained
`);

/** Words that cannot end a sentence, so a period after them is an abbreviation. */
export const ABBREVIATIONS = set(`
mr mrs ms dr prof gen gov sen rep st jr sr lt col sgt capt cmdr adm maj rev hon no vs etc inc ltd co corp
jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est dept univ fig nos pp vol
`);

/** Capitalised function words that reliably start a new sentence. */
export const SENTENCE_STARTERS = set(`
the a an as but and in on at it he she they we i this that these those there his her their its
meanwhile however while if when after before since for from with by to of what who why how
`);

export const NUMBER_WORDS = set(`
two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
trillion dozen dozens hundreds thousands millions billions half third quarter percent pct per cent mln bln
`);
