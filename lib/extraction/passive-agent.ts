/**
 * "The meeting was first reported by Politico.", "The plan has been confirmed by the ministry.": a passive
 * reporting verb whose agent closes the clause. The agent is the cue's logical subject, so the speaker
 * (GUIDELINE §3), and the passive subject is what it reported.
 */
import { nextBreak } from './cue-content';
import { cueAt, type CueMatch } from './cues';
import { sourcePhrase, type SpeakerPhrase } from './noun-phrase';
import { isVerbAdverb } from './tokens';
import type { Token } from './types';

export interface PassiveAgent {
  phrase: SpeakerPhrase;
  cue: CueMatch;
  /** The passive subject: what the agent reported. */
  contentStart: number;
  contentEnd: number;
}

/** A preposition other than "of" inside an agent starts an adjunct ("by historians as a champion"). */
const isForeignPreposition = (t: Token) => t.pos === 'ADP' && t.lower !== 'of';

export function passiveAgent(t: Token[], start: number, end: number): PassiveAgent | null {
  for (let by = start + 3; by < end - 1; by++) {
    if (t[by].lower !== 'by') continue;
    const cue = cueAt(t, by - 1);
    if (!cue || cue.type !== 'speech' || cue.participle || cue.length !== 1) continue;
    // "was first reported", "has been confirmed": a form of "be" (over adverbs) before the participle.
    let be = by - 2;
    while (be > start && isVerbAdverb(t[be])) be--;
    // "did not want to be quoted by name": a passive infinitive reports nothing.
    if (t[be]?.lemma !== 'be' || t[be].pos !== 'AUX' || t[be - 1]?.lower === 'to') return null;
    let contentEnd = be;
    while (contentEnd > start && t[contentEnd - 1].pos === 'AUX') contentEnd--;
    // The agent is a noun phrase closing the clause ("by historians as a liberal champion" is not).
    const close = nextBreak(t, by + 1, end);
    if (t.slice(close, end).some((tok) => tok.isWord)) return null;
    const agent = t.slice(by + 1, close);
    if (agent.some((tok) => /^(VERB|AUX|SCONJ)$/.test(tok.pos ?? '') || isForeignPreposition(tok)))
      return null;
    const words = t.slice(start, contentEnd).filter((tok) => tok.isWord).length;
    const phrase = sourcePhrase(t, by + 1, close);
    return phrase && words >= 2 ? { phrase, cue, contentStart: start, contentEnd } : null;
  }
  return null;
}
