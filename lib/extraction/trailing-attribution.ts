/** Trailing attribution: "CONTENT, SPEAKER said [adjuncts]", "CONTENT, said X", "CONTENT, according to X". */
import {
  invertedPhrase,
  opensInvertedSpeaker,
  RELATIVES,
  subjectAfterQuote,
} from './clause-subjects';
import { withConjunct } from './coordinated-subject';
import { isAdjunctTail, nextBreak, PREPOSITIONS } from './cue-content';
import { cueAt } from './cues';
import { isPronoun, isVerbAfterNoun, sourcePhrase } from './noun-phrase';
import { speakerBefore } from './speaker-before';
import { isCloseQuote, isDash, isOpenQuote } from './tokens';
import type { Token } from './types';
import { AUXILIARIES, CLAUSE_OPENERS } from './word-lists';

// "there’s", "it’s", "they’re": a contracted verb, never part of a speaker's name (unlike "Lee’s").
const VERB_CONTRACTION = /^(?:there|here|it|he|she|that|what|who)['’]s$|['’](?:re|ll|ve|d|m)$/;

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

/** "CONTENT, SPEAKER said [adjuncts]", "CONTENT, said SPEAKER" or "CONTENT, according to SOURCE". */
export function findTrailingAttribution(t: Token[], start: number, end: number) {
  for (let i = end - 1; i > start + 1; i--) {
    const cue = cueAt(t, i);
    // "Fundraising, according to the campaign, has surged": one word may precede a source cue.
    if (!cue || cue.participle || (i === start + 2 && cue.type !== 'source')) continue;
    const before = t[i - 1];
    if (cue.type === 'source') {
      // '"…,'' according to X' and "…, according to X": the comma may sit inside the closing quote.
      const afterQuotedComma = isCloseQuote(before) && t[i - 2]?.text === ',';
      if (before.text !== ',' && before.text !== '(' && !afterQuotedComma) continue;
      const close = nextBreak(t, i + 2, end);
      // "…, according to figures released Thursday — the lowest since 2019": a dash ends the source.
      let sourceEnd = i + 2;
      while (sourceEnd < close && !isDash(t[sourceEnd])) sourceEnd++;
      const phrase = sourcePhrase(t, i + 2, sourceEnd, Infinity);
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
        (isAdjunctTail(t, afterCue, end, cue) || quotationBefore(t, start, boundary, afterCue, end))
      ) {
        return {
          phrase,
          cue,
          contentEnd: boundary,
          tailStart: nextBreak(t, afterCue, end) + 1,
        };
      }
    }
    if (
      (before.text === ',' || isCloseQuote(before)) &&
      cue.inverted &&
      afterCue < end &&
      t[afterCue].isWord
    ) {
      const close = nextBreak(t, afterCue, end);
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
