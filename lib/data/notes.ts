import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { notifyMentions } from '@/lib/notify/claim-events';
import { noteSchema } from '@/lib/schemas/claim';

/** @handles are the part of a colleague's email before the @ ("@editor" for editor@factdesk.test). */
export function mentionHandles(body: string): string[] {
  return [
    ...new Set(
      [...body.matchAll(/(?:^|[^\w@.])@([a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9])/gi)].map((m) =>
        m[1].toLowerCase(),
      ),
    ),
  ];
}

export async function addNote(actor: SessionUser | null, claimId: string, input: unknown) {
  const user = assertCan(actor, 'notes.add');
  const { body } = noteSchema.parse(input);
  if (!(await db.claim.findUnique({ where: { id: claimId }, select: { id: true } })))
    throw notFound('Claim');
  const handles = mentionHandles(body);
  const mentioned = handles.length
    ? await db.user.findMany({
        where: {
          disabled: false,
          OR: handles.map((h) => ({
            email: { startsWith: `${h}@`, mode: 'insensitive' as const },
          })),
        },
        select: { id: true },
      })
    : [];
  return db.$transaction(async (tx) => {
    const note = await tx.note.create({
      data: { claimId, authorId: user.id, body, mentions: mentioned.map((m) => m.id) },
      select: { id: true, createdAt: true, mentions: true },
    });
    await notifyMentions(tx, user, claimId, note.mentions, body);
    return note;
  });
}

/** Notes that mention the user, newest first, for their "My claims" page. */
export async function listMentions(actor: SessionUser | null, take = 20) {
  const user = assertCan(actor, 'newsroom.view');
  // Note, author and claim in one statement (Prisma sends three).
  return db.$queryRaw<
    {
      id: string;
      body: string;
      createdAt: Date;
      author: string;
      claimId: string;
      claimText: string;
    }[]
  >`
    SELECT n.id, n.body, n."createdAt", u.name AS author,
           c.id AS "claimId", c.statement AS "claimText"
    FROM (SELECT id, body, "createdAt", "authorId", "claimId" FROM "Note"
          WHERE mentions @> ARRAY[${user.id}]::text[]
          ORDER BY "createdAt" DESC LIMIT ${take}) n
    JOIN "User" u ON u.id = n."authorId"
    JOIN "Claim" c ON c.id = n."claimId"
    ORDER BY n."createdAt" DESC`;
}
