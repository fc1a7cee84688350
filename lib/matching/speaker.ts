// Speakers compared by name, ignoring case, punctuation and leading titles ("President Obama" = "Obama").
const TITLE =
  /^(mr|mrs|ms|dr|prof|sir|dame|president|senator|sen|rep|gov|governor|minister|secretary|gen|general|chancellor|mayor)\.?\s+/i;

export function speakerKey(speaker: string | null | undefined): string | null {
  if (!speaker) return null;
  let name = speaker
    .trim()
    .toLowerCase()
    .replace(/[’']s$/, '');
  while (TITLE.test(name)) name = name.replace(TITLE, '');
  const words = name
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length ? words.join(' ') : null;
}

export type SpeakerAgreement = 'same' | 'different' | 'unknown';

/** "same" when the names agree, or one is the other's surname; "unknown" when either is missing. */
export function compareSpeakers(
  a: string | null | undefined,
  b: string | null | undefined,
): SpeakerAgreement {
  const [ka, kb] = [speakerKey(a), speakerKey(b)];
  if (!ka || !kb) return 'unknown';
  if (ka === kb) return 'same';
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return !short.includes(' ') && long.split(' ').at(-1) === short ? 'same' : 'different';
}
