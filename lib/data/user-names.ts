import 'server-only';
import { db } from '@/lib/db';

/** The names of these users in one query (none without ids): a page's actors, authors and reviewers. */
export async function userNames(
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].filter((id): id is string => !!id))];
  if (!unique.length) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
}

/** The named user, `{ id, name }`, or null without an id. */
export function namedUser(names: Map<string, string>, id: string | null) {
  return id === null ? null : { id, name: names.get(id) ?? '' };
}
