import 'server-only';
import { db } from '@/lib/db';

/**
 * The names of these users in one query (none when `known` has them all): a page's actors, authors
 * and reviewers. `known`: names the page has already read, e.g. its colleagues list.
 */
export async function userNames(
  ids: Iterable<string | null | undefined>,
  known: Map<string, string> = new Map(),
): Promise<Map<string, string>> {
  const missing = [...new Set([...ids].filter((id): id is string => !!id && !known.has(id)))];
  if (!missing.length) return known;
  const users = await db.user.findMany({
    where: { id: { in: missing } },
    select: { id: true, name: true },
  });
  return new Map([...known, ...users.map((user): [string, string] => [user.id, user.name])]);
}

/** The named user, `{ id, name }`, or null without an id. */
export function namedUser(names: Map<string, string>, id: string | null) {
  return id === null ? null : { id, name: names.get(id) ?? '' };
}
