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
  const notes = await db.note.findMany({
    where: { mentions: { has: user.id } },
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
      claim: { select: { id: true, statement: true } },
    },
  });
  return notes.map((n) => ({
    id: n.id,
    body: n.body,
    createdAt: n.createdAt,
    author: n.author.name,
    claimId: n.claim.id,
    claimText: n.claim.statement,
  }));
}
