import { availableParallelism } from 'node:os';

/**
 * How many app instances one `npm start` runs (FACTDESK_INSTANCES: a number, or `auto` for one per
 * core). One Node process renders on one core, so on a machine with several cores one instance
 * leaves the others to PostgreSQL or idle. Above one they must share the page cache and its
 * expiries, so REDIS_URL is required: without it an expiry would reach only one of them.
 */
export function serverInstances(env: Record<string, string | undefined> = process.env): number {
  const setting = env.FACTDESK_INSTANCES?.trim();
  if (!setting) return 1;
  const count = setting === 'auto' ? availableParallelism() : Number(setting);
  if (!Number.isInteger(count) || count < 1 || count > 64)
    throw new Error('FACTDESK_INSTANCES must be `auto` or a whole number from 1 to 64.');
  if (count > 1 && !env.REDIS_URL)
    throw new Error(
      'FACTDESK_INSTANCES above 1 needs REDIS_URL: the instances must share one page cache, or a published or withdrawn verdict would reach only one of them.',
    );
  return count;
}
