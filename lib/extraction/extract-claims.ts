import type { Attribution, ExtractedClaim, Token } from './types';
import { ClauseParser, type DraftClaim } from './attribution';
import { joinAttributionTails } from './attribution-tail';
import { classifyClaim } from './classify';
import { phraseAtStart } from './noun-phrase';
import { registerPersons } from './persons';
import { withSingleQuotationsAsDouble } from './single-quotes';
import { findQuoteSpans, quoteAt, quotedShare, type QuoteSpan } from './quotes';
import { splitSentences, type SentenceSpan } from './sentences';
import { describeSpeaker, SpeakerResolver, type Speaker } from './speakers';
import { tagText } from './tagger';
import { tokenize } from './tokens';
import { withRepairedTags } from './tag-repairs';

interface ResolvedClaim {
  draft: DraftClaim;
  sentence: SentenceSpan;
  speaker: Speaker | null;
  quoted: number;
}

// A quote with no attribution of its own continues the last speaker heard within this many paragraphs.
const QUOTE_CONTINUATION_PARAGRAPHS = 3;
const DIRECT_QUOTE_SHARE = 0.6;

/** Extracts attributed, classified claims from article text, in document order. */
export function extractClaims(input: string): ExtractedClaim[] {
  if (typeof input !== 'string' || input.trim() === '') return [];
  // Same offsets, quotations in double marks whatever the house style; claim texts come from the input.
  const text = withSingleQuotationsAsDouble(input);
  const quotes = findQuoteSpans(text);
  const tags = new Map(tagText(text).map((w) => [w.start, w]));
  const split = splitSentences(text);
  const { sentences, tokens: sentenceTokens } = joinAttributionTails(
    text,
    split,
    split.map((s) => withRepairedTags(tokenize(text, s.start, s.end, tags))),
  );
  const resolver = new SpeakerResolver();
  registerPersons(text, sentenceTokens, resolver);

  const resolved: ResolvedClaim[] = [];
  sentences.forEach((sentence, index) => {
    const tokens = sentenceTokens[index];
    noteSubject(text, tokens, resolver);
    const drafts = new ClauseParser(text, tokens)
      .parseSentence()
      .sort((a, b) => a.start - b.start || a.end - b.end);
    for (const draft of drafts) {
      let speaker: Speaker | null = null;
      if (draft.speaker) {
        speaker = resolver.resolve(
          describeSpeaker(text, draft.speaker),
          draft.speaker.tokens[0].start,
        );
        resolver.noteMention(speaker, true);
      }
      resolved.push({
        draft,
        sentence,
        speaker,
        quoted: quotedShare(quotes, draft.start, draft.end),
      });
    }
  });
  continueQuotes(resolved, quotes);
  return dedupe(resolved.map((claim) => toClaim(input, text, claim)));
}

/** Remembers a sentence's subject as an antecedent for "he"/"she" when it is a person with a known role. */
function noteSubject(text: string, tokens: Token[], resolver: SpeakerResolver): void {
  const comma = tokens.findIndex((t, i) => t.text === ',' && i < 12);
  const subject =
    phraseAtStart(tokens, 0, tokens.length) ??
    (comma > 0 ? phraseAtStart(tokens, comma + 1, tokens.length) : null);
  if (!subject) return;
  const speaker = resolver.resolve(describeSpeaker(text, subject), subject.tokens[0].start);
  if (speaker.kind === 'person' && speaker.role) resolver.noteMention(speaker, false);
}

/** Gives unattributed sentences inside a quotation the speaker of that quotation (or the last speaker). */
function continueQuotes(claims: ResolvedClaim[], quotes: QuoteSpan[]): void {
  claims.forEach((claim, index) => {
    if (claim.draft.cue || claim.quoted < DIRECT_QUOTE_SHARE) return;
    const quote =
      quoteAt(quotes, claim.draft.start) >= 0
        ? quoteAt(quotes, claim.draft.start)
        : quoteAt(quotes, claim.draft.start - 1);
    const span = quotes[quote];
    const source =
      (span && speakerInQuote(claims, index, span)) || lastSpeakerBefore(claims, index);
    if (!source) return;
    claim.speaker = source.speaker;
    claim.draft = {
      ...claim.draft,
      speaker: source.draft.speaker,
      cue: source.draft.cue,
      cueType: source.draft.cueType,
      cueLemma: source.draft.cueLemma,
    };
  });
}

/** The attributed claim overlapping the same quotation, searched outwards from `index` (claims are in order). */
function speakerInQuote(
  claims: ResolvedClaim[],
  index: number,
  span: QuoteSpan,
): ResolvedClaim | undefined {
  const attributed = (c: ResolvedClaim) => !!c.speaker && c.draft.cueType === 'speech';
  for (let i = index - 1; i >= 0 && claims[i].draft.end >= span.open; i--)
    if (attributed(claims[i])) return claims[i];
  for (let i = index + 1; i < claims.length && claims[i].draft.start <= span.close; i++)
    if (attributed(claims[i])) return claims[i];
  return undefined;
}

function lastSpeakerBefore(claims: ResolvedClaim[], index: number): ResolvedClaim | undefined {
  const paragraph = claims[index].sentence.paragraph;
  for (let i = index - 1; i >= 0; i--) {
    if (paragraph - claims[i].sentence.paragraph > QUOTE_CONTINUATION_PARAGRAPHS) return undefined;
    if (claims[i].speaker && claims[i].draft.cueType === 'speech') return claims[i];
  }
  return undefined;
}

function attributionOf(claim: ResolvedClaim): Attribution {
  switch (claim.draft.cueType) {
    case 'source':
      return 'according_to';
    case 'adverb':
      return 'reported';
    case 'speech':
    case 'object':
      return claim.quoted >= DIRECT_QUOTE_SHARE ? 'direct' : 'indirect';
    default:
      return 'none';
  }
}

/** `text` is what the engine read (input with its quotation marks made double), scored the same way. */
function toClaim(input: string, text: string, claim: ResolvedClaim): ExtractedClaim {
  const { draft, sentence } = claim;
  const attribution = attributionOf(claim);
  const speaker = attribution === 'reported' || attribution === 'none' ? null : claim.speaker;
  const claimText = input.slice(draft.start, draft.end);
  const classification = classifyClaim({
    text: text.slice(draft.start, draft.end),
    sentence: text.slice(sentence.start, sentence.end),
    attribution,
    cueLemma: draft.cueLemma,
  });
  return {
    text: claimText,
    start: draft.start,
    end: draft.end,
    sentence: { start: sentence.start, end: sentence.end },
    speaker: speaker?.name ?? null,
    speakerRole: speaker?.role ?? null,
    cue: draft.cue,
    attribution,
    ...classification,
  };
}

function dedupe(claims: ExtractedClaim[]): ExtractedClaim[] {
  const seen = new Set<string>();
  return claims
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((c) => {
      const key = `${c.start}:${c.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
