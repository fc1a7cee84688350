import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { conflict, isUniqueViolation, notFound } from '@/lib/errors';
import { sendJob } from '@/lib/jobs/client';
import {
  pollNowSchema,
  sourceSwitchSchema,
  watchedSourceSchema,
} from '@/lib/schemas/watched-source';

export interface SourceHealth {
  id: string;
  name: string;
  url: string;
  kind: 'FEED' | 'SITEMAP';
  intervalMinutes: number;
  enabled: boolean;
  lastFetchAt: Date | null;
  lastStatus: string | null;
  lastError: string | null;
  nextPollAt: Date;
  itemsFound: number;
  itemsImported: number;
  itemsDuplicate: number;
  itemsFailed: number;
  lastItemError: string | null;
}

/** Every watched source with its health (items counted from the feed entries, so always exact). */
export async function listWatchedSources(actor: SessionUser | null): Promise<SourceHealth[]> {
  assertCan(actor, 'newsroom.view');
  const [sources, counts, failures] = await Promise.all([
    db.watchedSource.findMany({
      orderBy: { name: 'asc' },
      select: {
        id: true,
        name: true,
        url: true,
        kind: true,
        intervalMinutes: true,
        enabled: true,
        lastFetchAt: true,
        lastStatus: true,
        lastError: true,
        nextPollAt: true,
      },
    }),
    db.feedItem.groupBy({ by: ['sourceId', 'status'], _count: { _all: true } }),
    db.feedItem.findMany({
      where: { status: 'FAILED' },
      orderBy: { updatedAt: 'desc' },
      distinct: ['sourceId'],
      select: { sourceId: true, error: true },
    }),
  ]);
  const count = (sourceId: string, status?: string) =>
    counts
      .filter((row) => row.sourceId === sourceId && (!status || row.status === status))
      .reduce((sum, row) => sum + row._count._all, 0);
  return sources.map((source) => ({
    ...source,
    itemsFound: count(source.id),
    itemsImported: count(source.id, 'IMPORTED'),
    itemsDuplicate: count(source.id, 'DUPLICATE'),
    itemsFailed: count(source.id, 'FAILED'),
    lastItemError: failures.find((row) => row.sourceId === source.id)?.error ?? null,
  }));
}

/** Registers a feed or sitemap to watch and queues its first poll at once. */
export async function addWatchedSource(actor: SessionUser | null, input: unknown) {
  const user = assertCan(actor, 'monitoring.manage');
  const data = watchedSourceSchema.parse(input);
  let source;
  try {
    source = await db.$transaction(async (tx) => {
      const created = await tx.watchedSource.create({
        data: { ...data, createdById: user.id },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        entity: 'watchedSource',
        entityId: created.id,
        action: 'watchedSource.create',
        after: data,
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`${data.url} is already being watched.`);
    throw error;
  }
  await sendJob('monitoring-poll', { sourceId: source.id }, { singletonKey: source.id });
  return source;
}

/** Turns a source's polling on or off; turning it on polls it at once. */
export async function setSourceEnabled(actor: SessionUser | null, input: unknown) {
  const user = assertCan(actor, 'monitoring.manage');
  const { sourceId, enabled } = sourceSwitchSchema.parse(input);
  const updated = await db.$transaction(async (tx) => {
    const changed = await tx.watchedSource.updateMany({
      where: { id: sourceId },
      data: { enabled, ...(enabled ? { nextPollAt: new Date() } : {}) },
    });
    if (changed.count === 0) throw notFound('Source');
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'watchedSource',
      entityId: sourceId,
      action: enabled ? 'watchedSource.enable' : 'watchedSource.disable',
    });
    return changed.count;
  });
  if (enabled && updated)
    await sendJob('monitoring-poll', { sourceId }, { singletonKey: sourceId });
}

/** Queues a poll now (a poll already queued for the source counts). */
export async function pollSourceNow(actor: SessionUser | null, input: unknown) {
  assertCan(actor, 'monitoring.manage');
  const { sourceId } = pollNowSchema.parse(input);
  const source = await db.watchedSource.findUnique({
    where: { id: sourceId },
    select: { id: true },
  });
  if (!source) throw notFound('Source');
  await sendJob('monitoring-poll', { sourceId }, { singletonKey: sourceId });
}
