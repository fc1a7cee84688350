import type { Token } from './types';
import { ClauseParser } from './attribution';
import { isAdjunctTail } from './cue-content';
import { cueAt } from './cues';
import { speakerBefore } from './speaker-before';
import type { SentenceSpan } from './sentences';
import { isCloseQuote, isOpenQuote, isQuoteMark } from './tokens';

const TERMINATORS = new Set(['?', '!', '.', '…']);

/**
 * The sentences before `last` (same paragraph) end in a quotation that opens a sentence and closes with its
 * own terminator: '“Why is he attacking me?”', '“I don’t care. He was the founder.”' — not a quotation
 * closing a sentence of the article's own ('… pledged to “reject bad trade deals.”').
 */
function endsWithWholeQuotation(
  sentences: SentenceSpan[],
  tokens: Token[][],
  last: number,
): boolean {
  const final = tokens[last];
  if (
    !isCloseQuote(final[final.length - 1]) ||
    !TERMINATORS.has(final[final.length - 2]?.text ?? '')
  )
    return false;
  for (let k = last; k >= 0 && sentences[k].paragraph === sentences[last].paragraph; k--) {
    const inner = k === last ? tokens[k].slice(0, -1) : tokens[k];
    const marks = inner.filter(isQuoteMark).length;
    if (marks === 0) continue;
    return marks === 1 && isOpenQuote(inner[0]);
  }
  return false;
}

/**
 * "Trump said.", "Lee told reporters on Monday.": a speaker opening the sentence, a reporting cue and only
 * adjuncts up to the sentence's end (no comma, colon or quotation: "He added: “…”" has content).
 */
function isAttributionOnly(text: string, tokens: Token[]): boolean {
  if (!tokens[0]?.isWord) return false;
  const index = tokens.findIndex((_, k) => cueAt(tokens, k)?.type === 'speech');
  const cue = index > 0 ? cueAt(tokens, index) : null;
  if (!cue) return false;
  const after = tokens.slice(index + cue.length);
  if (after.some((t) => t.text === ':' || t.text === ',' || t.text === ';' || isQuoteMark(t)))
    return false;
  if (speakerBefore(tokens, index, 0)?.first === 0)
    if (isAdjunctTail(tokens, index + cue.length, tokens.length, cue)) return true;
  return new ClauseParser(text, tokens).parseSentence().length === 0;
}

/**
 * '“Why’s he attacking me?” Trump said.': the splitter ends a sentence at a quotation closed with its own
 * "?", "!" or "." when a capital follows, which leaves the attribution a sentence with no content. Such a
 * sentence is joined to the quotation before it in the same paragraph, so the quotation is parsed with its
 * speaker, the subject of the cue (GUIDELINE §3), rather than taking the last speaker heard.
 */
export function joinAttributionTails(
  text: string,
  sentences: SentenceSpan[],
  tokens: Token[][],
): { sentences: SentenceSpan[]; tokens: Token[][] } {
  const joinedSentences: SentenceSpan[] = [];
  const joinedTokens: Token[][] = [];
  sentences.forEach((sentence, i) => {
    const last = joinedSentences.length - 1;
    if (
      last >= 0 &&
      joinedSentences[last].paragraph === sentence.paragraph &&
      endsWithWholeQuotation(joinedSentences, joinedTokens, last) &&
      isAttributionOnly(text, tokens[i])
    ) {
      joinedSentences[last] = { ...joinedSentences[last], end: sentence.end };
      joinedTokens[last] = [...joinedTokens[last], ...tokens[i]];
      return;
    }
    joinedSentences.push(sentence);
    joinedTokens.push(tokens[i]);
  });
  return { sentences: joinedSentences, tokens: joinedTokens };
}
