// How the triage queue orders incoming claims. A rule, not a learned model: each signal is scaled
// to 0..1 and they are added with equal weight, so no one signal buries the others.

export type TriageSort = 'priority' | 'checkworthiness' | 'match' | 'speaker' | 'recent';
export const TRIAGE_SORTS: Record<TriageSort, string> = {
  priority: 'All signals',
  checkworthiness: 'Check-worthiness',
  match: 'Matches a checked claim',
  speaker: 'Watched speakers first',
  recent: 'Newest first',
};

export interface TriageSignals {
  checkworthiness: number;
  /** Similarity to an already checked claim (0..1), filled by claim matching; null = not known. */
  priorMatchScore: number | null;
  watchedSpeaker: boolean;
  createdAt: Date;
}

/** 1 for a claim that arrived now, 0.5 after two days, and so on. */
export function recency(createdAt: Date, now: Date): number {
  const hours = Math.max(0, (now.getTime() - createdAt.getTime()) / 3_600_000);
  return Math.pow(0.5, hours / 48);
}

export function triageScore(claim: TriageSignals, now: Date): number {
  return (
    claim.checkworthiness +
    (claim.priorMatchScore ?? 0) +
    (claim.watchedSpeaker ? 1 : 0) +
    recency(claim.createdAt, now)
  );
}

const words = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** True when every word of a watched name is in the speaker ("Fidan" follows "Hakan Fidan, minister"). */
export function isWatchedSpeaker(speaker: string | null, watched: string[]): boolean {
  if (!speaker) return false;
  const spoken = new Set(words(speaker));
  return watched.some((name) => {
    const needed = words(name);
    return needed.length > 0 && needed.every((word) => spoken.has(word));
  });
}

export function compareTriage<T extends TriageSignals & { id: string }>(
  sort: TriageSort,
  now: Date,
): (a: T, b: T) => number {
  const key: Record<TriageSort, (claim: T) => number> = {
    priority: (claim) => triageScore(claim, now),
    checkworthiness: (claim) => claim.checkworthiness,
    match: (claim) => claim.priorMatchScore ?? -1,
    speaker: (claim) => (claim.watchedSpeaker ? 1 : 0) + claim.checkworthiness / 10,
    recent: (claim) => claim.createdAt.getTime(),
  };
  return (a, b) =>
    key[sort](b) - key[sort](a) ||
    b.createdAt.getTime() - a.createdAt.getTime() ||
    a.id.localeCompare(b.id);
}
