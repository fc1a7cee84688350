import type { CueType, Token } from './types';
import { cueAt, cueText, introducesClause, type CueMatch } from './cues';
import { isHearsayAdverb } from './cue-lexicon';
import {
  isPhraseBoundary,
  isPronoun,
  isVerbAfterNoun,
  phraseAtStart,
  sourcePhrase,
  type SpeakerPhrase,
} from './noun-phrase';
import { speakerBefore } from './speaker-before';
import { contentStart, isAdjunctTail, nextBreak, PREPOSITIONS } from './cue-content';
import { leadingSubject } from './leading-subject';
import {
  catenativeSubject,
  clauseSubject,
  invertedPhrase,
  issuedDocumentSubject,
  opensInvertedSpeaker,
  RELATIVES,
  subjectAfterQuote,
} from './clause-subjects';
import { leadingAs, trailingAs } from './as-attribution';
import { withConjunct } from './coordinated-subject';
import { passiveAgent } from './passive-agent';
import { GERUND_PREPOSITIONS, gerundAdjunct } from './gerund-adjunct';
import { resumesContent } from './resumption';
import { splitSegments, type Segment } from './segments';
import { isCloseQuote, isDash, isOpenQuote, isVerbAdverb } from './tokens';
import { AUXILIARIES, CLAUSE_OPENERS, DISCOURSE_MARKERS } from './word-lists';

/** Who a clause is attributed to, passed down to the claims found inside it. */
export interface Attributed {
  speaker: SpeakerPhrase | null;
  cue: string | null;
  cueType: CueType | null;
  cueLemma: string | null;
}

/** A claim span found by clause parsing, before speakers are resolved. */
export interface DraftClaim extends Attributed {
  start: number;
  end: number;
}

const NO_ATTRIBUTION: Attributed = { speaker: null, cue: null, cueType: null, cueLemma: null };
const MAX_DEPTH = 8;
const NOMINAL_APPEALS = new Set([
  'plea',
  'call',
  'calls',
  'appeal',
  'appeals',
  'demand',
  'demands',
]);
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas']);
// "there’s", "it’s", "they’re": a contracted verb, never part of a speaker's name (unlike "Lee’s").
const VERB_CONTRACTION = /^(?:there|here|it|he|she|that|what|who)['’]s$|['’](?:re|ll|ve|d|m)$/;

// First- and second-person subject pronouns (closed class).
const FIRST_SECOND_PERSON = new Set(['i', 'we', 'you']);

// Words that open a reported clause or question after a cue ("assured him that", "asked if").
const CLAUSE_COMPLEMENTS = new Set(['that', 'if', 'whether', 'how', 'why', 'what', 'who']);

/**
 * '“…,” Lee said an hour into the hearing', '“…?” Lee wrote when the talks stalled': a quotation closed
 * with a comma, "?" or "!" right before the speaker is the cue's content, so whatever follows the cue up to
 * the next break is an adjunct, unless the cue opens a clause of its own ("that", ":").
 */
function quotationBefore(
  t: Token[],
  start: number,
  boundary: number,
  afterCue: number,
  end: number,
): boolean {
  const closed =
    (isCloseQuote(t[boundary]) && /^[,?!]$/.test(t[boundary - 1]?.text ?? '')) ||
    (t[boundary]?.text === ',' && isCloseQuote(t[boundary - 1]));
  const next = t[afterCue];
  if (!closed || afterCue >= end || !next.isWord) return false;
  // "…,” Lee assured him that …", "told the Gazette, explaining why …": a clause or a second cue in the tail.
  const stop = nextBreak(t, afterCue, end);
  for (let k = afterCue; k < stop; k++)
    if (CLAUSE_COMPLEMENTS.has(t[k].lower) || t[k].text === ':' || cueAt(t, k)) return false;
  for (let k = afterCue; k < stop; k++) {
    // "…,” Lee said the two plans were different": a finite verb before any preposition is a clause.
    if (
      /^(ADP|SCONJ)$/.test(t[k].pos ?? '') ||
      PREPOSITIONS.has(t[k].lower) ||
      CLAUSE_OPENERS.has(t[k].lower)
    )
      break;
    if (/^(VERB|AUX)$/.test(t[k].pos ?? '') && !/ing$/.test(t[k].lower)) return false;
  }
  // The quotation is the whole content: it opens the clause ('Sunday on “Futures,” Lee said …' does not).
  let open = start;
  while (open < boundary && !t[open].isWord && !isOpenQuote(t[open])) open++;
  if (!isOpenQuote(t[open])) return false;
  for (let k = open + 1; k < boundary - 1; k++)
    if (isCloseQuote(t[k]) && !isOpenQuote(t[k])) return false;
  return true;
}

export class ClauseParser {
  readonly drafts: DraftClaim[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  parseSentence(): DraftClaim[] {
    this.parse(this.afterDateline(), this.tokens.length, NO_ATTRIBUTION, 0);
    return this.drafts;
  }

  /** Skips a wire dateline ("KYIV –", "OSAKA, Japan, April 29 -", "Washington (AFP) –"). */
  private afterDateline(): number {
    const t = this.tokens;
    if (!t[0]?.isCapitalized) return 0;
    const allCaps = /^\p{Lu}{3,}$/u.test(t[0].text);
    for (let k = 1; k < t.length && k < 12; k++) {
      if (isDash(t[k])) return allCaps || (k <= 7 && t[k + 1]?.isCapitalized) ? k + 1 : 0;
      const tok = t[k];
      if (!allCaps && tok.isWord && !tok.isCapitalized && !/^\d/.test(tok.text)) return 0;
    }
    return 0;
  }

  private parse(start: number, end: number, inherited: Attributed, depth: number): void {
    const t = this.tokens;
    [start, end] = this.trim(start, end);
    if (this.wordCount(start, end) < 2) return;
    if (depth > MAX_DEPTH) return this.emit(start, end, inherited, 2);

    // "But according to X, …", "Now, according to X, …": a conjunction or an adverb may come first.
    // "(According to X, …)": a parenthesis may open the sentence too.
    const lead =
      t[start].pos === 'CCONJ' || t[start].text === '('
        ? start + 1
        : t[start + 1]?.text === ',' && t[start].pos === 'ADV'
          ? start + 2
          : start;
    if (t[lead]?.lower === 'according' && t[lead + 1]?.lower === 'to') {
      const comma = this.indexOf(',', lead + 2, end);
      const phrase = comma > 0 ? sourcePhrase(t, lead + 2, comma, Infinity) : null;
      const cue: CueMatch = {
        index: lead,
        length: 2,
        type: 'source',
        lemma: 'according to',
        participle: false,
      };
      if (phrase) return this.parse(comma + 1, end, this.attributed(phrase, cue), depth + 1);
    }

    // Outside reported speech, "As Lee points out, …", "…, as Lee noted" and "X was first reported by the
    // Gazette" attribute the clause (or the passive's subject).
    const clause = inherited.cue
      ? null
      : (leadingAs(t, start, end) ?? trailingAs(t, start, end) ?? passiveAgent(t, start, end));
    if (clause) {
      const { contentStart: from, contentEnd: to, phrase, cue } = clause;
      return this.parse(from, to, this.attributed(phrase, cue), depth + 1);
    }

    const trailing = this.findTrailing(start, end);
    if (trailing) {
      const attribution = this.attributed(trailing.phrase, trailing.cue);
      // “The plan,” she said, “will cost $2 billion.”, "the permit, his campaign said, had been hard to get":
      // the content goes on after the attribution, which stays inside the claim.
      if (resumesContent(t, trailing.tailStart, end)) {
        const resumedEnd = nextBreak(t, trailing.tailStart + 1, end);
        this.emit(isOpenQuote(t[start]) ? start + 1 : start, resumedEnd, attribution, 2);
        if (resumedEnd < end)
          this.parseTail(resumedEnd + 1, end, attribution, attribution, depth + 1);
        return;
      }
      this.parse(start, trailing.contentEnd, attribution, depth + 1);
      if (trailing.tailStart < end)
        this.parseTail(trailing.tailStart, end, attribution, inherited, depth + 1);
      return;
    }

    if (SUBORDINATORS.has(t[start].lower)) {
      const split = this.subordinateSplit(start, end);
      if (split > 0) {
        this.parse(start + 1, split, inherited, depth + 1);
        this.parse(split + 1, end, inherited, depth + 1);
        return;
      }
    }

    const gerund = gerundAdjunct(t, start, end);
    if (gerund) {
      const attribution = this.attributed(gerund.phrase, gerund.cue);
      if (gerund.prefixEnd > start) this.parse(start, gerund.prefixEnd, inherited, depth + 1);
      const contentFrom = contentStart(t, gerund.cue, gerund.contentEnd);
      for (const segment of splitSegments(t, contentFrom, gerund.contentEnd))
        this.parseSegment(segment, attribution, gerund.phrase, depth + 1);
      if (gerund.restStart < end) this.parse(gerund.restStart, end, inherited, depth + 1);
      return;
    }

    const forward = this.findForward(start, end, !!inherited.cue);
    if (forward) {
      const { phrase, cue, prefixEnd } = forward;
      if (prefixEnd > start && this.isClausePrefix(start, prefixEnd))
        this.parse(start, prefixEnd, inherited, depth + 1);
      const attribution = this.attributed(phrase, cue);
      const contentFrom = contentStart(this.tokens, cue, end);
      const segments = splitSegments(t, contentFrom, end);
      segments.forEach((segment, i) => {
        if (i === 0 && cue.type === 'object') this.emit(segment.start, segment.end, attribution, 2);
        else
          this.parseSegment(
            segment,
            cue.type === 'object' ? inherited : attribution,
            phrase,
            depth + 1,
          );
      });
      return;
    }

    const appeal = this.findNominalAppeal(start, end);
    if (appeal)
      return this.emit(appeal.contentStart, end, this.attributed(appeal.subject, appeal.cue), 2);

    const minWords = inherited.speaker ? 2 : 3;
    const segments = splitSegments(t, start, end);
    if (segments.length === 1 && !segments[0].cue)
      return this.emit(start, end, inherited, minWords);
    const subject = clauseSubject(t, start, end);
    for (const segment of segments) this.parseSegment(segment, inherited, subject, depth + 1);
  }

  private parseSegment(
    segment: Segment,
    inherited: Attributed,
    subject: SpeakerPhrase | null,
    depth: number,
  ): void {
    if (!segment.cue) return this.parse(segment.start, segment.end, inherited, depth);
    const speaker = subject ?? inherited.speaker;
    const attribution = speaker ? this.attributed(speaker, segment.cue) : inherited;
    const contentFrom = contentStart(this.tokens, segment.cue, segment.end);
    if (segment.cue.type === 'object') this.emit(contentFrom, segment.end, attribution, 2);
    else this.parse(contentFrom, segment.end, attribution, depth);
  }

  /** What follows a trailing attribution: ", adding ...", ", as ..." or adjuncts to drop ("quoting data from ..."). */
  private parseTail(
    start: number,
    end: number,
    attribution: Attributed,
    inherited: Attributed,
    depth: number,
  ): void {
    const t = this.tokens;
    splitSegments(t, start, end).forEach((segment, i) => {
      if (i > 0) {
        if (segment.cue) this.parseSegment(segment, attribution, attribution.speaker, depth);
        else this.parse(segment.start, segment.end, inherited, depth);
        return;
      }
      const cue = cueAt(t, segment.start);
      if (cue?.participle && cue.type !== 'source')
        return this.parseSegment({ ...segment, cue }, attribution, attribution.speaker, depth);
      // "…, said one former aide, who said he left on good terms": the relative's own cue, same speaker.
      const relativeCue =
        RELATIVES.has(t[segment.start]?.lower ?? '') && cueAt(t, segment.start + 1);
      if (relativeCue && relativeCue.type === 'speech' && !relativeCue.participle)
        return this.parseSegment(
          { ...segment, start: segment.start + 1, cue: relativeCue },
          attribution,
          attribution.speaker,
          depth,
        );
      // “We won,” Lee said, “and we will win again.”: the resumed quotation keeps the speaker.
      const quoted = isOpenQuote(t[segment.start]);
      const first = quoted ? segment.start + 1 : segment.start;
      if (/^(as|while|but|and|whereas)$/.test(t[first]?.lower ?? ''))
        this.parse(first + 1, segment.end, quoted ? attribution : inherited, depth);
      else if (quoted) this.parse(first, segment.end, attribution, depth);
      // "…,” Lee told him, after Hale assured her that …": a time clause with a speaker and cue of its own.
      else if (
        GERUND_PREPOSITIONS.has(t[first]?.lower ?? '') &&
        this.hasCue(first + 1, segment.end)
      )
        this.parse(first + 1, segment.end, inherited, depth);
    });
  }

  private personalSubjectBefore(cue: number, start: number): boolean {
    let j = cue - 1;
    while (j > start && (isVerbAdverb(this.tokens[j]) || this.tokens[j].pos === 'AUX')) j--;
    const word = this.tokens[j];
    return !!word && j >= start && FIRST_SECOND_PERSON.has(word.lower.replace(/['’].*$/, ''));
  }

  private hasCue(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if (cueAt(this.tokens, k)?.type === 'speech') return true;
    return false;
  }

  private attributed(phrase: SpeakerPhrase, cue: CueMatch): Attributed {
    return {
      speaker: phrase,
      cue: cueText(this.tokens, cue, this.text).toLowerCase(),
      cueType: cue.type,
      cueLemma: cue.lemma,
    };
  }

  /** "CONTENT, SPEAKER said [adjuncts]", "CONTENT, said SPEAKER" or "CONTENT, according to SOURCE". */
  private findTrailing(start: number, end: number) {
    const t = this.tokens;
    for (let i = end - 1; i > start + 1; i--) {
      const cue = cueAt(t, i);
      // "Fundraising, according to the campaign, has surged": one word may precede a source cue.
      if (!cue || cue.participle || (i === start + 2 && cue.type !== 'source')) continue;
      const before = t[i - 1];
      if (cue.type === 'source') {
        // '"…,'' according to X' and "…, according to X": the comma may sit inside the closing quote.
        const afterQuotedComma = isCloseQuote(before) && t[i - 2]?.text === ',';
        if (before.text !== ',' && before.text !== '(' && !afterQuotedComma) continue;
        const close = nextBreak(this.tokens, i + 2, end);
        const phrase = sourcePhrase(t, i + 2, close, Infinity);
        if (phrase) return { phrase, cue, contentEnd: i - 1, tailStart: close + 1 };
        continue;
      }
      if (cue.type !== 'speech') continue;
      const afterCue = i + cue.length;
      const phrase = withConjunct(
        t,
        speakerBefore(t, i, start + 1) ?? subjectAfterQuote(t, i, start + 1),
        start + 1,
      );
      if (phrase) {
        const boundary = phrase.first - 1;
        const mark = t[boundary];
        // A phrasal cue ("said of the plan") follows a quotation only.
        const quoted = isCloseQuote(mark) || isCloseQuote(t[boundary - 1]);
        const isContentBoundary =
          mark &&
          (mark.text === ',' || isCloseQuote(mark) || isDash(mark)) &&
          (cue.length === 1 || quoted);
        if (
          isContentBoundary &&
          boundary > start + 1 &&
          (isAdjunctTail(this.tokens, afterCue, end, cue) ||
            quotationBefore(t, start, boundary, afterCue, end))
        ) {
          return {
            phrase,
            cue,
            contentEnd: boundary,
            tailStart: nextBreak(this.tokens, afterCue, end) + 1,
          };
        }
      }
      if (
        (before.text === ',' || isCloseQuote(before)) &&
        cue.inverted &&
        afterCue < end &&
        t[afterCue].isWord
      ) {
        const close = nextBreak(this.tokens, afterCue, end);
        let inverted = invertedPhrase(t, afterCue, end);
        // "..., said it would cut jobs": a pronoun followed by more words is the subject of the
        // content, not an inverted speaker.
        if (
          inverted &&
          inverted.tokens.length === 1 &&
          isPronoun(inverted.tokens[0]) &&
          t[afterCue + 1]?.isWord
        )
          inverted = null;
        let stoppedEarly =
          inverted &&
          inverted.tokens[inverted.tokens.length - 1].end < t[close - 1].end &&
          !inverted.roleTokens;
        // "..., said Transport Minister Lea Novak at the opening ceremony": a name followed by adjuncts only.
        if (inverted && stoppedEarly) {
          const after = inverted.first + inverted.tokens.length;
          const last = inverted.tokens[inverted.tokens.length - 1];
          if (
            last.isCapitalized &&
            PREPOSITIONS.has(t[after].lower) &&
            isAdjunctTail(t, after, close, cue)
          )
            stoppedEarly = false;
          // "…, said one source who spoke on condition of anonymity": a relative clause describes the speaker.
          if (RELATIVES.has(t[after].lower)) stoppedEarly = false;
        }
        if ((!inverted || stoppedEarly) && opensInvertedSpeaker(t[afterCue])) {
          const candidate = sourcePhrase(t, afterCue, close);
          const hasVerb = candidate?.tokens.some(
            (tok, k) =>
              AUXILIARIES.has(tok.lower) ||
              VERB_CONTRACTION.test(tok.lower) ||
              !!cueAt(t, afterCue + k) ||
              isVerbAfterNoun(t, afterCue + k),
          );
          // "X, its chief executive, said candidates are …": the words after the cue are a clause, not a speaker.
          inverted = candidate && !hasVerb ? candidate : null;
        } else if (stoppedEarly) inverted = null;
        // "…, said the law violated …": a phrase followed by a verb is the content's subject, not a speaker.
        const afterPhrase = inverted && t[inverted.first + inverted.tokens.length];
        if (afterPhrase && /^(VERB|AUX)$/.test(afterPhrase.pos ?? '')) inverted = null;
        if (inverted && inverted.first === afterCue)
          return { phrase: inverted, cue, contentEnd: i - 1, tailStart: close + 1 };
      }
    }
    return null;
  }

  /**
   * "SPEAKER said ...", "..., and SPEAKER warned ...", "SPEAKER ... and later praised ...".
   * `reported`: inside reported speech.
   */
  private findForward(start: number, end: number, reported: boolean) {
    const t = this.tokens;
    for (let i = start; i < end; i++) {
      const cue = cueAt(t, i);
      if (!cue || cue.type === 'source' || !introducesClause(t, cue, end)) continue;
      // "he said they would insist on reforms": inside reported speech, a stance taken by its object
      // ("insist on", "praise") is part of what is reported; only a clause-taking cue re-attributes.
      if (reported && cue.type === 'object') continue;
      // '“I’ll tell you, the plan failed,” Lee said': "I", "we" or "you" inside reported speech is the speaker
      // or the audience of the outer cue, which keeps the content.
      if (reported && this.personalSubjectBefore(i, start)) continue;
      const issuer = cue.participle && !reported ? issuedDocumentSubject(t, start, i) : null;
      if (issuer) return { phrase: issuer, cue, prefixEnd: start };
      const phrase = speakerBefore(t, i, start);
      if (phrase) {
        const boundary = phrase.first - 1;
        if (cue.participle && (boundary < start || t[boundary].lower !== 'with')) continue;
        if (boundary >= start && !isPhraseBoundary(t[boundary]) && t[boundary].lower !== 'with')
          continue;
        const prefixEnd =
          boundary >= start && t[boundary - 1]?.text === ','
            ? boundary - 1
            : Math.max(start, boundary);
        return { phrase, cue, prefixEnd };
      }
      let j = i - 1;
      while (j > start && isVerbAdverb(t[j])) j--;
      if (!cue.participle && (t[j]?.lower === 'and' || t[j]?.lower === 'but') && j > start) {
        // "But the council overruled the panel and said …": a leading conjunction is not part of the subject.
        const from = t[start].pos === 'CCONJ' ? start + 1 : start;
        const subject = clauseSubject(t, from, j);
        if (subject && (subject.first <= from + 1 || t[subject.first - 1].text === ','))
          return { phrase: subject, cue, prefixEnd: j };
      }
      // Outside reported speech, "NOUN PHRASE suggested that …" names its speaker whatever the noun.
      const thatClause = !reported && t[i + cue.length]?.lower === 'that';
      const subject = leadingSubject(t, i, start, thatClause) ?? catenativeSubject(t, start, i);
      if (subject) {
        const boundary = subject.first - 1;
        return {
          phrase: subject,
          cue,
          prefixEnd: boundary >= start && t[boundary].text === ',' ? boundary : subject.first,
        };
      }
    }
    return null;
  }

  /** "X opened the meeting with a plea for Y": the subject appeals for Y. */
  private findNominalAppeal(start: number, end: number) {
    const t = this.tokens;
    for (let i = start + 2; i < end - 2; i++) {
      if (
        !NOMINAL_APPEALS.has(t[i].lower) ||
        t[i + 1].lower !== 'for' ||
        !/^(a|an|the|its|his|her|their)$/.test(t[i - 1].lower)
      )
        continue;
      const subject = phraseAtStart(t, start, i);
      if (!subject || subject.first > start + 1 || !subject.tokens.some((tok) => tok.isCapitalized))
        return null;
      const cue: CueMatch = {
        index: i,
        length: 2,
        type: 'object',
        lemma: 'appeal',
        participle: false,
      };
      return { subject, cue, contentStart: i + 2 };
    }
    return null;
  }

  /** "While A—B—they C": the dash or comma after which the main clause starts. */
  private subordinateSplit(start: number, end: number): number {
    const t = this.tokens;
    for (let i = start + 2; i < end - 2; i++) {
      if (t[i].text !== ',' && !isDash(t[i])) continue;
      const next = t[i + 1];
      if (
        next.isWord &&
        !/^\d/.test(next.text) &&
        (next.isCapitalized ||
          /^(they|he|she|it|we|i|the|a|an|there|its|their|his|her|some|many|both)$/.test(
            next.lower,
          ))
      )
        return i;
    }
    return -1;
  }

  /** A prefix before a mid-sentence speaker is its own claim unless it is a short adverbial ("Despite this,"). */
  private isClausePrefix(start: number, end: number): boolean {
    const words = this.wordCount(start, end);
    if (words < 4) return words >= 2 && this.isShortClause(start, end);
    const adverbialStart =
      PREPOSITIONS.has(this.tokens[start].lower) ||
      /^(despite|in|as|after|before|since|for|on|at)$/.test(this.tokens[start].lower);
    return !adverbialStart || this.indexOf(',', start, end) > 0;
  }

  /** "Prices rose sharply and …": a subject, then a finite verb, in a few words. */
  private isShortClause(start: number, end: number): boolean {
    const t = this.tokens;
    if (!/^(NOUN|PROPN|PRON|NUM)$/.test(t[start].pos ?? '')) return false;
    for (let k = start + 1; k < end; k++)
      if (/^(VERB|AUX)$/.test(t[k].pos ?? '') && !/ing$/.test(t[k].lower)) return true;
    return false;
  }

  private emit(start: number, end: number, attribution: Attributed, minWords: number): void {
    [start, end] = this.trim(start, end);
    if (this.wordCount(start, end) < minWords || this.isLink(start, end)) return;
    const hearsay = attribution.cue ? null : this.hearsayAdverb(start, end);
    const own = hearsay
      ? { speaker: null, cue: hearsay.lower, cueType: 'adverb' as const, cueLemma: null }
      : attribution;
    this.drafts.push({ ...own, start: this.tokens[start].start, end: this.tokens[end - 1].end });
  }

  /** "source: https://…" lines and bare links are not claims. */
  private isLink(start: number, end: number): boolean {
    const url = this.tokens
      .slice(start, end)
      .findIndex((t) => /^(?:https?|www)$/i.test(t.text) || /^www\./i.test(t.text));
    return url >= 0 && url <= 2;
  }

  private hearsayAdverb(start: number, end: number): Token | null {
    for (let i = start; i < end; i++) if (isHearsayAdverb(this.tokens[i])) return this.tokens[i];
    return null;
  }

  /** Drops leading/trailing punctuation, "that", discourse markers and unbalanced quote marks. */
  private trim(start: number, end: number): [number, number] {
    const t = this.tokens;
    for (;;) {
      if (start >= end) return [start, end];
      const tok = t[start];
      const keepsQuote = isOpenQuote(tok) && this.hasClosingQuoteBefore(start + 1, end - 1);
      if (!tok.isWord && !keepsQuote && !(tok.text === '(' && this.indexOf(')', start, end) > 0))
        start++;
      else if (tok.text === 'that' || tok.text === 'and') start++;
      else if (DISCOURSE_MARKERS.has(tok.lower) && t[start + 1]?.text === ',') start += 2;
      else break;
    }
    while (end > start) {
      const tok = t[end - 1];
      if (tok.isWord || tok.text === '%') break;
      if (isCloseQuote(tok) && this.hasOpeningQuote(start, end - 1)) break;
      if (tok.text === ')' && this.indexOf('(', start, end) >= 0) break;
      end--;
    }
    return [start, end];
  }

  private hasClosingQuoteBefore(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (isCloseQuote(this.tokens[i])) return true;
    return false;
  }

  private hasOpeningQuote(start: number, end: number): boolean {
    let straight = 0;
    for (let i = start; i < end; i++) {
      if (this.tokens[i].text === '“') return true;
      if (this.tokens[i].text === '"') straight++;
    }
    return straight % 2 === 1;
  }

  private indexOf(mark: string, from: number, end: number): number {
    for (let i = from; i < end; i++) if (this.tokens[i].text === mark) return i;
    return -1;
  }

  private wordCount(start: number, end: number): number {
    let n = 0;
    for (let i = start; i < end; i++) if (this.tokens[i].isWord) n++;
    return n;
  }
}
