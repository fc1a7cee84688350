export interface SnapshotFields {
  statement?: string;
  claimText: string;
  speaker: string | null;
  rating: string;
  /** The rating's name as each publication froze it. */
  ratingName: string;
  summary: string;
  explanation: string;
  sources: unknown;
}

/** What a newer publication changed compared with the one before it, in readers' words. */
export function describeChanges(before: SnapshotFields, after: SnapshotFields): string[] {
  const changes: string[] = [];
  if (before.rating !== after.rating)
    changes.push(`Rating changed from ${before.ratingName} to ${after.ratingName}.`);
  if (before.statement !== after.statement) changes.push('Statement of the claim reworded.');
  if (before.claimText !== after.claimText) changes.push('Wording of the claim corrected.');
  if (before.speaker !== after.speaker) changes.push('Speaker corrected.');
  if (before.summary !== after.summary) changes.push('Summary revised.');
  if (before.explanation !== after.explanation) changes.push('Explanation revised.');
  if (JSON.stringify(before.sources) !== JSON.stringify(after.sources))
    changes.push('Sources updated.');
  return changes.length ? changes : ['Republished without changes to the verdict.'];
}
