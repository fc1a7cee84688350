/** Forward attribution: "SPEAKER said …", "…, and SPEAKER warned …", "SPEAKER … and later praised …". */
import { catenativeSubject, clauseSubject, issuedDocumentSubject } from './clause-subjects';
import { cueAt, introducesClause } from './cues';
import { leadingSubject } from './leading-subject';
import { isPhraseBoundary } from './noun-phrase';
import { speakerBefore } from './speaker-before';
import { isVerbAdverb } from './tokens';
import type { Token } from './types';

// First- and second-person subject pronouns (closed class).
const FIRST_SECOND_PERSON = new Set(['i', 'we', 'you']);

function personalSubjectBefore(tokens: Token[], cue: number, start: number): boolean {
  let j = cue - 1;
  while (j > start && (isVerbAdverb(tokens[j]) || tokens[j].pos === 'AUX')) j--;
  const word = tokens[j];
  return !!word && j >= start && FIRST_SECOND_PERSON.has(word.lower.replace(/['’].*$/, ''));
}

/**
 * "SPEAKER said ...", "..., and SPEAKER warned ...", "SPEAKER ... and later praised ...".
 * `reported`: inside reported speech.
 */
export function findForwardAttribution(t: Token[], start: number, end: number, reported: boolean) {
  for (let i = start; i < end; i++) {
    const cue = cueAt(t, i);
    if (!cue || cue.type === 'source' || !introducesClause(t, cue, end)) continue;
    // "he said they would insist on reforms": inside reported speech, a stance taken by its object
    // ("insist on", "praise") is part of what is reported; only a clause-taking cue re-attributes.
    if (reported && cue.type === 'object') continue;
    // '“I’ll tell you, the plan failed,” Lee said': "I", "we" or "you" inside reported speech is the speaker
    // or the audience of the outer cue, which keeps the content.
    if (reported && personalSubjectBefore(t, i, start)) continue;
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
