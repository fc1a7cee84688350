import type { CueType, Token } from './types';
import { cueAt, cueText, type CueMatch } from './cues';
import { sourcePhrase, type SpeakerPhrase } from './noun-phrase';
import { contentStart, nextBreak } from './cue-content';
import { clauseSubject, RELATIVES } from './clause-subjects';
import { leadingAs, trailingAs } from './as-attribution';
import { passiveAgent } from './passive-agent';
import { GERUND_PREPOSITIONS, gerundAdjunct } from './gerund-adjunct';
import { resumesContent } from './resumption';
import { splitSegments, type Segment } from './segments';
import { isOpenQuote } from './tokens';
import {
  afterDateline,
  hearsayAdverb,
  indexOfMark,
  isLink,
  trimClause,
  wordCount,
} from './clause-span';
import { isClausePrefix, subordinateSplit } from './clause-split';
import { findTrailingAttribution } from './trailing-attribution';
import { findForwardAttribution } from './forward-attribution';
import { findNominalAppeal } from './nominal-appeal';

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
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas']);

export class ClauseParser {
  readonly drafts: DraftClaim[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  parseSentence(): DraftClaim[] {
    this.parse(afterDateline(this.tokens), this.tokens.length, NO_ATTRIBUTION, 0);
    return this.drafts;
  }

  private parse(start: number, end: number, inherited: Attributed, depth: number): void {
    const t = this.tokens;
    [start, end] = trimClause(this.tokens, start, end);
    if (wordCount(this.tokens, start, end) < 2) return;
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
      const comma = indexOfMark(this.tokens, ',', lead + 2, end);
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

    const trailing = findTrailingAttribution(this.tokens, start, end);
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
      const split = subordinateSplit(this.tokens, start, end);
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

    const forward = findForwardAttribution(this.tokens, start, end, !!inherited.cue);
    if (forward) {
      const { phrase, cue, prefixEnd } = forward;
      if (prefixEnd > start && isClausePrefix(this.tokens, start, prefixEnd))
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

    const appeal = findNominalAppeal(this.tokens, start, end);
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

  private emit(start: number, end: number, attribution: Attributed, minWords: number): void {
    [start, end] = trimClause(this.tokens, start, end);
    if (wordCount(this.tokens, start, end) < minWords || isLink(this.tokens, start, end)) return;
    const hearsay = attribution.cue ? null : hearsayAdverb(this.tokens, start, end);
    const own = hearsay
      ? { speaker: null, cue: hearsay.lower, cueType: 'adverb' as const, cueLemma: null }
      : attribution;
    this.drafts.push({ ...own, start: this.tokens[start].start, end: this.tokens[end - 1].end });
  }
}
