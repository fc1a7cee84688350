import type { Token } from './types';
import { opensSubject } from './clause-subjects';
import { nextBreak } from './cue-content';
import { cueAt } from './cues';
import { isOpenQuote } from './tokens';

// Words after a mid-sentence attribution that open a new clause or an aside rather than resume the content.
const RESUMPTION_BLOCKERS = new Set([
  ...'and but or so yet as while whereas although though because since if when after before until'.split(
    ' ',
  ),
  ...'who whom whose which where that according'.split(' '),
]);

/**
 * The content resumes after a mid-sentence attribution: a quotation going on with a lowercase word ("The
 * plan,” she said, “will cost …"), the verb of the subject before the attribution ("the permit, his campaign
 * said, had been …"), or (unquoted) a clause with its own finite verb — not a conjunction, relative,
 * participle or adjunct.
 */
export function resumesContent(t: Token[], tailStart: number, end: number): boolean {
  const quoted = isOpenQuote(t[tailStart]);
  const first = quoted ? tailStart + 1 : tailStart;
  const word = t[first];
  if (first >= end || !word?.isWord || RESUMPTION_BLOCKERS.has(word.lower)) return false;
  if (quoted) return !word.isCapitalized;
  // "The depot, the council said, would close": the attribution stands between subject and verb.
  if (word.pos === 'AUX' || (word.pos === 'VERB' && !/ing$/.test(word.lower))) return true;
  // A new subject must open it ("those donations paid …"), not a comparison ("short of …") or adjunct.
  if (!opensSubject(t, first) || cueAt(t, first)) return false;
  const stop = nextBreak(t, first, end);
  for (let k = first + 1; k < stop; k++)
    if (t[k].pos === 'AUX' || (t[k].pos === 'VERB' && !/ing$/.test(t[k].lower))) return true;
  return false;
}
