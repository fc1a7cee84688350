import type { CueType } from './types';

/** Reporting verbs that take a clause ("X said Y"), by inflected form. */
const SPEECH_LEMMAS = [
  'say',
  'tell',
  'add',
  'state',
  'announce',
  'claim',
  'confirm',
  'report',
  'warn',
  'reveal',
  'note',
  'explain',
  'insist',
  'argue',
  'estimate',
  'acknowledge',
  'admit',
  'deny',
  'allege',
  'assert',
  'predict',
  'forecast',
  'believe',
  'think',
  'expect',
  'hope',
  'fear',
  'suggest',
  'indicate',
  'show',
  'write',
  'tweet',
  'clarify',
  'stress',
  'emphasise',
  'emphasize',
  'maintain',
  'contend',
  'concede',
  'disclose',
  'testify',
  'complain',
  'recall',
  'reply',
  'respond',
  'remark',
  'observe',
  'caution',
  'boast',
  'conclude',
  'predict',
  'signal',
];

/** Verbs whose object (not a clause) is the claim ("X praised Y as Z"). */
const OBJECT_LEMMAS = [
  'describe',
  'praise',
  'condemn',
  'accuse',
  'urge',
  'welcome',
  'criticise',
  'criticize',
  'demand',
  'blame',
  'dismiss',
  'hail',
  'slam',
  'denounce',
  'defend',
  'applaud',
  'call',
];

/** Base forms used as reporting verbs after plural subjects ("officials say"); nouns like "report" are left out. */
const BASE_FORM_LEMMAS = new Set([
  'say',
  'add',
  'believe',
  'think',
  'expect',
  'warn',
  'insist',
  'argue',
  'predict',
  'acknowledge',
  'admit',
  'deny',
  'allege',
  'assert',
  'suggest',
  'indicate',
  'explain',
  'confirm',
  'announce',
  'reveal',
  'tell',
  'describe',
  'praise',
  'condemn',
  'accuse',
  'urge',
  'criticise',
  'criticize',
  'blame',
  'contend',
  'maintain',
]);

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'tell', 'telling'],
  think: ['thinks', 'thought', 'think'],
  write: ['wrote', 'writes', 'writing', 'written'],
  show: ['showed', 'shows', 'shown', 'showing'],
  find: ['found', 'finds', 'finding'],
  know: ['knows'],
  admit: ['admitted', 'admits', 'admitting'],
  signal: ['signaled', 'signalled', 'signals', 'signaling', 'signalling'],
};

/** Forms that are too ambiguous as bare verbs to be cues. */
const EXCLUDED_FORMS = new Set([
  'found',
  'finds',
  'finding',
  'know',
  'shown',
  'written',
  'agree',
  'agreed',
  'agrees',
  'show',
  'showing',
  'promise',
  'pledge',
  'vow',
  'charge',
  'charged',
  'charges',
  'charging',
  'signal',
]);

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (lemma.endsWith('y') && !/[aeiou]y$/.test(lemma)) {
    const root = lemma.slice(0, -1);
    return [`${root}ied`, `${root}ies`, `${lemma}ing`];
  }
  const doubled = /^(?:[^aeiou]*[aeiou][^aeiouwxy])$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
  const ed = lemma.endsWith('e') ? `${lemma}d` : `${doubled}ed`;
  const s = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const ing = `${lemma.endsWith('e') && !lemma.endsWith('ee') ? stem : doubled}ing`;
  return [ed, s, ing];
}

export interface CueEntry {
  type: CueType;
  lemma: string;
  participle: boolean;
}

const CUE_FORMS = new Map<string, CueEntry>();
for (const [lemmas, type] of [
  [SPEECH_LEMMAS, 'speech'],
  [OBJECT_LEMMAS, 'object'],
] as const) {
  for (const lemma of lemmas) {
    if (lemma.includes(' ')) continue;
    const forms = BASE_FORM_LEMMAS.has(lemma) ? [...inflect(lemma), lemma] : inflect(lemma);
    for (const form of forms) {
      if (EXCLUDED_FORMS.has(form) || CUE_FORMS.has(form)) continue;
      CUE_FORMS.set(form, { type, lemma, participle: form.endsWith('ing') });
    }
  }
}
// Two-word cues that take an object ("called for", "insists on").
const PHRASAL_OBJECT_CUES: [string, string][] = [
  ['call', 'for'],
  ['call', 'on'],
  ['insist', 'on'],
  ['appeal', 'for'],
  ['push', 'for'],
];
for (const [lemma, particle] of PHRASAL_OBJECT_CUES) {
  for (const form of inflect(lemma))
    CUE_FORMS.set(`${form} ${particle}`, {
      type: 'object',
      lemma,
      participle: form.endsWith('ing'),
    });
}

export function lookupCue(form: string): CueEntry | undefined {
  return CUE_FORMS.get(form);
}

/** Lemmas whose content is an opinion, belief or appeal rather than a checkable fact. */
export const OPINION_CUE_LEMMAS = new Set([
  'believe',
  'think',
  'hope',
  'fear',
  'expect',
  'predict',
  'forecast',
  'describe',
  'praise',
  'urge',
  'welcome',
  'demand',
  'call',
  'insist',
  'appeal',
  'plea',
  'push',
  'signal',
  'hail',
  'applaud',
  'defend',
  'criticise',
  'criticize',
  'slam',
  'dismiss',
]);

/** Adverbs that mark hearsay without naming a source. */
export const HEARSAY_ADVERBS = new Set([
  'reportedly',
  'allegedly',
  'reputedly',
  'purportedly',
  'supposedly',
]);

/** Cue forms that can follow their speaker after the content: `..., said the spokesman`. */
export const INVERTIBLE_CUES = new Set([
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
  'told',
  'explained',
  'noted',
  'warned',
  'continued',
  'insisted',
  'stated',
  'tweeted',
]);
