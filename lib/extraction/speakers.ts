import type { Token } from './types';
import { bareLower } from './tokens';
import { isGroupWord, isHonorific, isPronoun, isRoleWord, type SpeakerPhrase } from './noun-phrase';
import { CALENDAR_WORDS, DETERMINERS, NAME_PARTICLES, ORG_FINAL_WORDS } from './word-lists';

export type SpeakerKind = 'person' | 'organisation' | 'group' | 'role' | 'pronoun' | 'document';

export interface Speaker {
  name: string;
  role: string | null;
  kind: SpeakerKind;
  /** "a UN spokesman": an indefinite role that a later full name may identify. */
  indefinite: boolean;
  /** "the minister": a definite role that refers back to the last person named with that role. */
  definite?: boolean;
}

// Also a conjunction that opened the sentence ("But a study by …").
const LEADING_WORDS = new Set([
  ...DETERMINERS,
  'its',
  'his',
  'her',
  'their',
  'our',
  'but',
  'and',
  'yet',
  'so',
]);
const DOCUMENT_NOUNS = new Set(['statement', 'communique', 'communiqué', 'letter', 'release']);

function spanText(text: string, tokens: Token[]): string {
  return tokens.length ? text.slice(tokens[0].start, tokens[tokens.length - 1].end) : '';
}

function stripTrailingPunctuation(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1].isWord && tokens[end - 1].text !== '%') end--;
  return tokens.slice(0, end);
}

const isNameToken = (t: Token) =>
  (t.isCapitalized && !isRoleWord(t)) || NAME_PARTICLES.has(t.lower);

const isCalendar = (t: Token | undefined) => !!t && CALENDAR_WORDS.has(t.lower);

/**
 * "a city survey published on Friday", "a council report on May 3": a trailing date and the words that
 * attach it (a preposition, a participle) are not part of the source ("About 3 in 10" keeps its number).
 */
function withoutTrailingDate(tokens: Token[]): Token[] {
  let end = tokens.length;
  for (;;) {
    if (end > 1 && isCalendar(tokens[end - 1])) end--;
    else if (end > 2 && /^\d{1,2}$/.test(tokens[end - 1].text) && isCalendar(tokens[end - 2]))
      end -= 2;
    else break;
  }
  // "Prime Minister Orla May": a calendar word is a date only after a preposition or a participle.
  if (end === tokens.length || end < 2 || !/^(ADP|VERB)$/.test(tokens[end - 1].pos ?? ''))
    return tokens;
  while (end > 1 && /^(ADP|VERB)$/.test(tokens[end - 1].pos ?? '')) end--;
  return stripTrailingPunctuation(tokens.slice(0, end));
}

/** Splits a speaker phrase into name and role ("UK chancellor Gordon Brown" -> "Gordon Brown" / "UK chancellor"). */
export function describeSpeaker(text: string, phrase: SpeakerPhrase): Speaker {
  let tokens = withoutTrailingDate(stripTrailingPunctuation(phrase.tokens));
  const indefinite = tokens[0]?.lower === 'a' || tokens[0]?.lower === 'an';
  const definite = tokens[0]?.lower === 'the';
  while (tokens.length > 1 && LEADING_WORDS.has(tokens[0].lower)) tokens = tokens.slice(1);
  const appositiveRole = phrase.roleTokens?.length
    ? spanText(text, stripTrailingPunctuation(phrase.roleTokens))
    : null;
  if (tokens.length === 1 && isPronoun(tokens[0]))
    return { name: tokens[0].text, role: null, kind: 'pronoun', indefinite: false };

  let nameStart = tokens.length;
  while (nameStart > 0 && isNameToken(tokens[nameStart - 1])) nameStart--;
  // "a spokesman for the Ministry of Health", "the Bank of England": "of" after an organisation word
  // joins the two into one name.
  let organisationOf = false;
  while (
    nameStart >= 2 &&
    nameStart < tokens.length &&
    tokens[nameStart - 1].lower === 'of' &&
    tokens[nameStart - 2].isCapitalized &&
    ORG_FINAL_WORDS.has(tokens[nameStart - 2].lower)
  ) {
    organisationOf = true;
    nameStart -= 2;
    while (nameStart > 0 && isNameToken(tokens[nameStart - 1])) nameStart--;
  }
  while (
    nameStart < tokens.length &&
    NAME_PARTICLES.has(tokens[nameStart].lower) &&
    !tokens[nameStart].isCapitalized
  )
    nameStart++;
  // "Secretary of State John Kerry", "Minister of Foreign Affairs Ana Ruiz": the words after a title's
  // "of" belong to the title; the name is the last two words (three with a middle initial).
  if (
    !organisationOf &&
    tokens[nameStart - 1]?.lower === 'of' &&
    tokens[nameStart - 2]?.isCapitalized &&
    tokens.length - nameStart > 2
  ) {
    const initial = /^\p{Lu}\.$/u.test(tokens[tokens.length - 2].text);
    nameStart = Math.max(nameStart, tokens.length - (initial ? 3 : 2));
  }
  let nameTokens = tokens.slice(nameStart);
  let roleTokens = tokens.slice(0, nameStart);
  while (nameTokens.length && isHonorific(nameTokens[0])) nameTokens = nameTokens.slice(1);
  while (roleTokens.length && isHonorific(roleTokens[roleTokens.length - 1]))
    roleTokens = roleTokens.slice(0, -1);

  const last = tokens[tokens.length - 1];
  // A role may be a derived role noun or any common noun before a name ("disaster chief Maria Santos").
  const isRoleToken = (t: Token) => isRoleWord(t) || (t.pos === 'NOUN' && !t.isCapitalized);
  // "observers from the African Union": a name after an article names the role's organisation, not a person.
  const ofOrganisation = /^(the|a|an)$/.test(roleTokens[roleTokens.length - 1]?.lower ?? '');
  if (
    nameTokens.length === 0 ||
    ofOrganisation ||
    (roleTokens.length > 0 && !roleTokens.some(isRoleToken))
  ) {
    // No personal name: an organisation, a group or a bare role ("Ukrainian air force", "Kremlin officials").
    const whole = spanText(text, tokens);
    const kind: SpeakerKind = DOCUMENT_NOUNS.has(bareLower(last))
      ? 'document'
      : /s$/.test(last.lower) && isGroupWord(last)
        ? 'group'
        : isRoleWord(last)
          ? 'role'
          : 'organisation';
    return {
      name: whole,
      role: appositiveRole,
      kind,
      indefinite,
      definite: definite && tokens.length === 1,
    };
  }
  const name = spanText(text, nameTokens);
  const role = roleTokens.length ? spanText(text, roleTokens) : appositiveRole;
  const lastLower = bareLower(nameTokens[nameTokens.length - 1]);
  const isAcronym = nameTokens.length === 1 && /^[\p{Lu}.\d&-]{2,}$/u.test(nameTokens[0].text);
  const kind: SpeakerKind =
    ORG_FINAL_WORDS.has(lastLower) || isAcronym || organisationOf
      ? 'organisation'
      : nameTokens.length >= 2 || role
        ? 'person'
        : 'organisation';
  return { name, role, kind, indefinite };
}

interface KnownPerson {
  name: string;
  words: string[];
  role: string | null;
  position: number;
}

const hasRoleHead = (p: KnownPerson, head: string) =>
  !!p.role &&
  p.role
    .toLowerCase()
    .split(/[\s-]+/)
    .includes(head);
const nameWords = (name: string) => name.toLowerCase().replace(/[.’']/g, '').split(/\s+/);

/** Tracks who has been mentioned so far and resolves pronouns, surnames and document references. */
export class SpeakerResolver {
  private readonly persons: KnownPerson[] = [];
  private readonly personsByName = new Map<string, KnownPerson>();
  private readonly personsByLastWord = new Map<string, KnownPerson[]>();
  private lastPerson: Speaker | null = null;
  private lastNonPerson: Speaker | null = null;
  private lastGroup: Speaker | null = null;
  private lastNamed: Speaker | null = null;

  /** Registers a person named anywhere in the text, so a later surname can be expanded. */
  addPerson(speaker: Speaker, position: number): void {
    if (speaker.kind !== 'person' || !speaker.name.includes(' ')) return;
    const words = nameWords(speaker.name);
    const known = this.personsByName.get(speaker.name);
    if (known) {
      known.role ??= speaker.role;
      return;
    }
    const person = { name: speaker.name, words, role: speaker.role, position };
    this.persons.push(person);
    this.personsByName.set(person.name, person);
    const last = words[words.length - 1];
    const sameLastWord = this.personsByLastWord.get(last) ?? [];
    sameLastWord.push(person);
    this.personsByLastWord.set(last, sameLastWord);
  }

  private findPerson(words: string[], position: number): KnownPerson | undefined {
    const candidates = this.personsByLastWord.get(words[words.length - 1]) ?? [];
    const matches = candidates.filter(
      (p) =>
        p.words.length > words.length &&
        words.every((w, i) => p.words[p.words.length - words.length + i] === w),
    );
    return matches.filter((p) => p.position <= position).pop() ?? matches[0];
  }

  private findByRole(roleHead: string, after: number): KnownPerson | undefined {
    return this.persons.find((p) => p.position > after && hasRoleHead(p, roleHead));
  }

  /** The last person named before `position` whose role has this head noun ("the minister"). */
  private findByRoleBefore(roleHead: string, position: number): KnownPerson | undefined {
    let found: KnownPerson | undefined;
    for (const p of this.persons)
      if (
        p.position < position &&
        hasRoleHead(p, roleHead) &&
        (!found || p.position > found.position)
      )
        found = p;
    return found;
  }

  /** Turns a speaker as written into the entity it refers to. */
  resolve(speaker: Speaker, position: number): Speaker {
    switch (speaker.kind) {
      case 'pronoun': {
        const lower = speaker.name.toLowerCase();
        const target =
          lower === 'they'
            ? (this.lastGroup ?? this.lastNonPerson)
            : lower === 'it'
              ? this.lastNonPerson
              : this.lastPerson;
        return target ?? speaker;
      }
      case 'document':
        return this.lastNamed ?? speaker;
      case 'role': {
        const head = speaker.name.toLowerCase().split(/\s+/).pop() ?? '';
        const person = speaker.indefinite
          ? this.findByRole(head, position)
          : speaker.definite && !speaker.role
            ? this.findByRoleBefore(head, position)
            : undefined;
        return person
          ? { name: person.name, role: person.role, kind: 'person', indefinite: false }
          : speaker;
      }
      default: {
        if (speaker.kind === 'person' && speaker.name.includes(' ') && speaker.role) return speaker;
        const person = this.findPerson(nameWords(speaker.name), position);
        if (person)
          return {
            name: person.name,
            role: speaker.role ?? person.role,
            kind: 'person',
            indefinite: false,
          };
        if (speaker.kind === 'person' && !speaker.role) {
          const exact = this.personsByName.get(speaker.name);
          if (exact?.role) return { ...speaker, role: exact.role };
        }
        return speaker;
      }
    }
  }

  /** Records a resolved speaker or clause subject as the latest antecedent of its kind. */
  noteMention(speaker: Speaker, asSpeaker: boolean): void {
    if (speaker.kind === 'pronoun') return;
    if (speaker.kind === 'person') this.lastPerson = speaker;
    else if (asSpeaker) {
      if (speaker.kind === 'group') this.lastGroup = speaker;
      if (speaker.kind !== 'document') this.lastNonPerson = speaker;
    }
    if (asSpeaker && speaker.kind !== 'document') this.lastNamed = speaker;
  }
}
