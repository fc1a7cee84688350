import type { Token } from './types';
import { cueAt, introducesClause, type CueMatch } from './cues';
import { isPronoun, phraseAtStart } from './noun-phrase';
import { isDash, isVerbAdverb } from './tokens';
import { isPastForm } from './verb-forms';
import { AUXILIARIES, DETERMINERS, NUMBER_WORDS, QUANTITY_LEADS } from './word-lists';

/** A piece of a clause; when it opens with a cue ("adding ...", "and said ..."), the cue is kept. */
export interface Segment {
  start: number;
  end: number;
  cue: CueMatch | null;
}

const isSubjectStart = (t: Token | undefined) =>
  !!t &&
  t.isWord &&
  (t.isCapitalized ||
    isPronoun(t) ||
    DETERMINERS.has(t.lower) ||
    /^(we|i|you|some|many|all|both|most|much|there|its|his|her|their|our)$/.test(t.lower) ||
    /^\d/.test(t.text));
const isVerbLike = (t: Token) =>
  AUXILIARIES.has(t.lower) ||
  /[a-z]ed$/.test(t.lower) ||
  t.lower.endsWith('n’t') ||
  t.lower.endsWith("n't");
const isParticiple = (t: Token | undefined) => !!t && t.isWord && isPastForm(t.lower);

function looksLikeClause(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (!isSubjectStart(first) && !(first?.isWord && !/(?:ing|ed|ly)$/.test(first.lower)))
    return false;
  let words = 0;
  for (let i = start; i < end && i < start + 8; i++) {
    if (tokens[i].isWord) words++;
    if (i > start && isVerbLike(tokens[i])) return true;
    if (i > start && cueAt(tokens, i)?.type === 'speech') return true;
  }
  return words >= 4 && end - start >= 5 && tokens[start].isCapitalized;
}

/**
 * A relative clause closed by a comma before the verb it interrupts ("The bank, which raised rates 14
 * times, is expected to …"): GUIDELINE §2 keeps it inside the claim, so ", which" does not cut there.
 */
function closesBeforeVerb(tokens: Token[], start: number, end: number): boolean {
  for (let i = start; i < end - 1; i++) {
    if (tokens[i].text !== ',' && !isDash(tokens[i])) continue;
    let k = i + 1;
    while (k < end && isVerbAdverb(tokens[k])) k++;
    const verb = tokens[k];
    return (
      !!verb &&
      (verb.pos === 'VERB' || verb.pos === 'AUX') &&
      !verb.isCapitalized &&
      !/ing$/.test(verb.lower)
    );
  }
  return false;
}

/** A clause after "though" (not the adverb ", though," nor an elliptical "though not in May"). */
function opensSubordinate(tokens: Token[], i: number, end: number): boolean {
  return i + 1 < end && tokens[i].isWord && tokens[i].lower !== 'not';
}

/** ", but the Kremlin resisted" (not ", but not ..." or the adverb ", yet,"). */
function opensContrast(tokens: Token[], i: number, end: number): boolean {
  const word = tokens[i].lower;
  const after = tokens[i + 1];
  if (word !== 'but' && word !== 'yet') return false;
  return i + 1 < end && !!after && after.text !== ',' && after.lower !== 'not';
}

/** "and of course that will be ...": a new clause with a pronoun subject after "and". */
function startsPronounClause(tokens: Token[], i: number, end: number): boolean {
  if (tokens[i]?.lower === 'of' && tokens[i + 1]?.lower === 'course') i += 2;
  else if (/^(then|so|also)$/.test(tokens[i]?.lower ?? '')) i++;
  const subject = tokens[i];
  const verb = tokens[i + 1];
  return (
    i + 1 < end &&
    !!subject &&
    !!verb &&
    /^(that|this|it|he|she|they|we|there)$/.test(subject.lower) &&
    (AUXILIARIES.has(verb.lower) || /[a-z]ed$/.test(verb.lower))
  );
}

/** A named or described subject at `i` followed by its own speech cue ("Lee said", "the mayor told"). */
function opensAttributedClause(tokens: Token[], i: number, end: number): boolean {
  const subject = phraseAtStart(tokens, i, end);
  if (!subject || subject.first !== i || isPronoun(subject.tokens[0])) return false;
  if (!subject.tokens.some((t) => t.isCapitalized || t.pos === 'NOUN')) return false;
  const cue = cueAt(tokens, i + subject.tokens.length);
  return !!cue && cue.type === 'speech' && introducesClause(tokens, cue, end);
}

/** Cue right after optional adverbs at `i` ("and later praised"). */
function leadingCue(tokens: Token[], i: number, end: number): CueMatch | null {
  while (i < end && isVerbAdverb(tokens[i])) i++;
  const cue = cueAt(tokens, i);
  return cue && cue.type !== 'source' && introducesClause(tokens, cue, end) ? cue : null;
}

/**
 * Splits a clause where a new claim starts: ", but", "; ", ", and" + clause, ", which", "and said",
 * ", adding" and an absolute ", with ... killed and ... destroyed".
 */
export function splitSegments(tokens: Token[], start: number, end: number): Segment[] {
  const cuts: { at: number; next: number; cue: CueMatch | null }[] = [];
  for (let i = start + 2; i < end - 1; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.text === ';') {
      cuts.push({ at: i, next: i + 1, cue: null });
      continue;
    }
    if (t.text === ',' || isDash(t)) {
      const lower = next.lower;
      const thenCue = lower === 'then' ? leadingCue(tokens, i + 2, end) : null;
      if (opensContrast(tokens, i + 1, end)) cuts.push({ at: i, next: i + 2, cue: null });
      // "…, then says he'll …": a second reporting predicate of the same subject.
      else if (thenCue) cuts.push({ at: i, next: i + 2, cue: thenCue });
      else if ((lower === 'while' || lower === 'whereas' || lower === 'although') && i + 2 < end)
        cuts.push({ at: i, next: i + 2, cue: null });
      // "…, though it cost 40 jobs", "…, even though the depot stayed open" (GUIDELINE §2: contrastive).
      else if (lower === 'though' && opensSubordinate(tokens, i + 2, end))
        cuts.push({ at: i, next: i + 2, cue: null });
      else if (
        lower === 'even' &&
        tokens[i + 2]?.lower === 'though' &&
        opensSubordinate(tokens, i + 3, end)
      )
        cuts.push({ at: i, next: i + 3, cue: null });
      else if (lower === 'as' && looksLikeClause(tokens, i + 2, end))
        cuts.push({ at: i, next: i + 2, cue: null });
      else if (lower === 'and' && looksLikeClause(tokens, i + 2, end))
        cuts.push({ at: i, next: i + 2, cue: null });
      else if (lower === 'which' && t.text === ',' && !closesBeforeVerb(tokens, i + 2, end))
        cuts.push({ at: i, next: i + 1, cue: null });
      else if (lower === 'with' && absoluteWithClause(tokens, i + 2, end))
        cuts.push({ at: i, next: i + 2, cue: null });
      else if (t.text === ',' || isDash(t)) {
        // ', "quoted," telling reporters ...': the comma sits inside the closing quote.
        let afterQuote = next.text === '”' || next.text === '"' ? i + 2 : i + 1;
        // "…, falsely suggesting that …": a manner adverb before the participle.
        if (isVerbAdverb(tokens[afterQuote]) && cueAt(tokens, afterQuote + 1)?.participle)
          afterQuote++;
        const cue = cueAt(tokens, afterQuote);
        if (afterQuote > i + 1 && cue?.participle && cue.type !== 'source') {
          cuts.push({ at: i, next: afterQuote, cue });
          continue;
        }
        // A participle clause that is not a cue ("…, flooding 200 homes") stays: GUIDELINE §2.
        if (cue?.participle && cue.type !== 'source') cuts.push({ at: i, next: i + 1, cue });
      }
      continue;
    }
    if (
      t.lower === 'but' &&
      tokens[i - 1].text !== ',' &&
      isSubjectStart(next) &&
      looksLikeClause(tokens, i + 1, end)
    ) {
      cuts.push({ at: i, next: i + 1, cue: null });
      continue;
    }
    // "asked for a photo and Lee said, …": a new subject with its own cue ends the clause before it.
    if ((t.lower === 'and' || t.lower === 'but') && opensAttributedClause(tokens, i + 1, end)) {
      cuts.push({ at: i, next: i + 1, cue: null });
      continue;
    }
    if (t.lower === 'and' && tokens[i - 1].text !== ',') {
      // "suspected and confirmed cases" coordinates adjectives, not verbs.
      const cue = isParticiple(tokens[i - 1]) ? null : leadingCue(tokens, i + 1, end);
      if (cue) cuts.push({ at: i, next: i + 1, cue });
      else if (startsPronounClause(tokens, i + 1, end))
        cuts.push({ at: i, next: i + 1, cue: null });
    }
  }
  cuts.sort((a, b) => a.at - b.at);

  const segments: Segment[] = [];
  let segStart = start;
  let segCue: CueMatch | null = null;
  for (const cut of cuts) {
    if (cut.at <= segStart) continue;
    segments.push({ start: segStart, end: cut.at, cue: segCue });
    segStart = cut.next;
    segCue = cut.cue;
  }
  segments.push({ start: segStart, end, cue: segCue });
  return segments.flatMap((s) => splitCoordinatedParticiples(tokens, s));
}

/** ", with over 12,000 civilians killed and entire towns destroyed": a with-phrase holding a participle clause. */
function absoluteWithClause(tokens: Token[], start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    if (tokens[i].text === ',') return false;
    if (
      isParticiple(tokens[i]) &&
      (i + 1 >= end || tokens[i + 1].lower === 'and' || !tokens[i + 1].isWord)
    ) {
      return (
        QUANTITY_LEADS.has(tokens[start].lower) ||
        /^\d/.test(tokens[start].text) ||
        NUMBER_WORDS.has(tokens[start].lower) ||
        tokens.slice(start, i).some((t) => /^\d/.test(t.text))
      );
    }
  }
  return false;
}

/** "12,000 civilians killed and entire towns destroyed" -> two segments. */
function splitCoordinatedParticiples(tokens: Token[], segment: Segment): Segment[] {
  const { start, end } = segment;
  let last = end - 1;
  while (last > start && !tokens[last].isWord) last--;
  if (!isParticiple(tokens[last]) || end - start > 20) return [segment];
  for (let i = start + 2; i < last - 1; i++) {
    if (
      tokens[i].lower === 'and' &&
      isParticiple(tokens[i - 1]) &&
      !AUXILIARIES.has(tokens[i - 2].lower)
    ) {
      return [
        { start, end: i, cue: segment.cue },
        { start: i + 1, end, cue: segment.cue },
      ];
    }
  }
  return [segment];
}
