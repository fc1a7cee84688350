import { createHash } from 'node:crypto';

/**
 * A job id derived from what the job is about, in UUID form: queueing the same work twice inserts
 * one job (pg-boss keeps the first), so a poll repeated after a crash does not import twice.
 */
export function jobIdFor(kind: string, key: string): string {
  const hex = createHash('sha256').update(`${kind}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
