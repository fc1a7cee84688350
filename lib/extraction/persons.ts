import type { Token } from './types';
import { isRoleWord, phraseEndingAt } from './noun-phrase';
import { describeSpeaker, type SpeakerResolver } from './speakers';
import { NAME_PARTICLES } from './word-lists';

const isNamePart = (t: Token | undefined) => !!t && t.isWord && t.isCapitalized && !isRoleWord(t);

/**
 * Registers every multi-word personal name in the text with the role written next to it,
 * so that "Diallo" or "a UN spokesman" can later be expanded to the full name.
 */
export function registerPersons(
  text: string,
  sentences: Token[][],
  resolver: SpeakerResolver,
): void {
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!isNamePart(tokens[i])) continue;
      let j = i + 1;
      while (
        j < tokens.length &&
        (isNamePart(tokens[j]) ||
          (NAME_PARTICLES.has(tokens[j].lower) && isNamePart(tokens[j + 1])))
      )
        j++;
      if (j - i >= 2 || isRoleWord(tokens[i - 1] ?? tokens[i])) {
        const phrase = phraseEndingAt(tokens, j - 1, 0, false);
        if (phrase) {
          const roleTokens = appositiveRole(tokens, j);
          const speaker = describeSpeaker(text, { ...phrase, roleTokens });
          if (speaker.kind === 'person' && !speaker.role && roleTokens)
            speaker.role = text.slice(roleTokens[0].start, roleTokens[roleTokens.length - 1].end);
          resolver.addPerson(speaker, tokens[i].start);
        }
      }
      i = j - 1;
    }
  }
}

/** ", the deputy UN spokesman," right after a name. */
function appositiveRole(tokens: Token[], after: number): Token[] | null {
  if (tokens[after]?.text !== ',' || !/^(the|a|an)$/.test(tokens[after + 1]?.lower ?? ''))
    return null;
  let k = after + 2;
  while (k < tokens.length && tokens[k].text !== ',' && k - after < 12) k++;
  const role = tokens.slice(after + 2, k).filter((t) => t.isWord || t.text !== '.');
  const closed = tokens[k]?.text === ',' || k >= tokens.length - 1;
  return closed && role.some(isRoleWord) ? role : null;
}
