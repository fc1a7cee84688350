import 'server-only';
import { db } from '@/lib/db';

/**
 * A claim's audit events and notes, people by id (named with the page's other people). No
 * permission check: for getClaimPage, which has checked `claims.view`.
 */
export async function readClaimTimeline(claimId: string) {
  const [events, notes] = await Promise.all([
    db.auditEvent.findMany({
      where: { entity: 'claim', entityId: claimId },
      orderBy: { id: 'asc' },
      select: { id: true, at: true, action: true, before: true, after: true, actorId: true },
    }),
    db.note.findMany({
      where: { claimId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, body: true, createdAt: true, authorId: true },
    }),
  ]);
  return { events, notes };
}
type TimelineRows = Awaited<ReturnType<typeof readClaimTimeline>>;

export const timelineUserIds = ({ events, notes }: TimelineRows) => [
  ...events.map((event) => event.actorId),
  ...notes.map((note) => note.authorId),
];

/** Audit events and notes merged into one timeline, oldest first. */
export function timelineOf({ events, notes }: TimelineRows, names: Map<string, string>) {
  const items = [
    ...events.map((e) => ({
      kind: 'event' as const,
      id: `e${e.id}`,
      at: e.at,
      who: (e.actorId && names.get(e.actorId)) ?? 'System',
      action: e.action,
      before: e.before,
      after: e.after,
    })),
    ...notes.map((n) => ({
      kind: 'note' as const,
      id: `n${n.id}`,
      at: n.createdAt,
      who: names.get(n.authorId) ?? '',
      body: n.body,
    })),
  ];
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}
