/**
 * "As Lee points out, …", "…, as Lee noted in a column", "As reported by the Gazette, …": an "as" clause whose
 * only content is a reporting cue (with adjuncts) attributes the main clause to the cue's subject, or to the
 * agent after "by". "…, as the ministry said demand was strong" has a clause of its own and is not one.
 */
import { cueAt, type CueMatch } from './cues';
import { isAdjunctTail } from './cue-content';
import { leadingSubject } from './leading-subject';
import { sourcePhrase, type SpeakerPhrase } from './noun-phrase';
import type { Token } from './types';

export interface AsAttribution {
  phrase: SpeakerPhrase;
  cue: CueMatch;
  /** The main clause the "as" clause attributes. */
  contentStart: number;
  contentEnd: number;
}

/** "As Lee points out, CONTENT" or "But as reported by X, CONTENT". */
export function leadingAs(t: Token[], start: number, end: number): AsAttribution | null {
  const as = t[start]?.pos === 'CCONJ' ? start + 1 : start;
  // A clause split off after a comma ("Weeks ago, as Lee reported, the talks …") is not a sentence start.
  if (t[as]?.lower !== 'as' || t[start - 1]?.text === ',') return null;
  let comma = as + 1;
  while (comma < end && t[comma].text !== ',') comma++;
  if (comma >= end - 1) return null;
  const found = asClause(t, as + 1, comma);
  return found && { ...found, contentStart: comma + 1, contentEnd: end };
}

/** "CONTENT, as Lee points out" (the "as" clause runs to the end). */
export function trailingAs(t: Token[], start: number, end: number): AsAttribution | null {
  for (let i = end - 2; i > start + 2; i--) {
    // "…, as Lee reported, the talks went on": the content resumes after the clause (not handled here).
    if (t[i].text === ',' || t[i].text === ';') return null;
    if (t[i].lower !== 'as' || t[i - 1].text !== ',') continue;
    const found = asClause(t, i + 1, end);
    return found && { ...found, contentStart: start, contentEnd: i - 1 };
  }
  return null;
}

/** The clause after "as", from `from` to `end`: "SUBJECT CUE [adjuncts]" or "CUE by SOURCE". */
function asClause(
  t: Token[],
  from: number,
  end: number,
): { phrase: SpeakerPhrase; cue: CueMatch } | null {
  const passive = cueAt(t, from);
  if (passive) {
    const by = from + passive.length;
    const phrase =
      t[by]?.lower === 'by' && !passive.participle ? sourcePhrase(t, by + 1, end) : null;
    return phrase ? { phrase, cue: passive } : null;
  }
  for (let i = from + 1; i < end; i++) {
    const cue = cueAt(t, i);
    if (!cue) continue;
    if (cue.participle || cue.type === 'source') return null;
    const subject = leadingSubject(t, i, from);
    if (!subject || subject.first !== from) return null;
    // "as The Times reported": a capitalised word the time adjunct rule dropped is still the name's.
    let last = subject.first + subject.tokens.length;
    while (last < i && t[last].isCapitalized) last++;
    const phrase = { ...subject, tokens: t.slice(subject.first, last) };
    return isAdjunctTail(t, i + cue.length, end, cue) ? { phrase, cue } : null;
  }
  return null;
}
