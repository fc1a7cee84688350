import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { countClaimsUpTo } from '@/lib/data/claim-list-query';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { conflict, isUniqueViolation, notFound } from '@/lib/errors';
import {
  compareTriage,
  isWatchedSpeaker,
  triageScore,
  type TriageSort,
} from '@/lib/monitoring/triage-rank';
import { removeSpeakerSchema, watchedSpeakerSchema } from '@/lib/schemas/watched-source';

/** Claims weighed per page view: the newest incoming ones; older ones wait on the claims queue. */
export const TRIAGE_WINDOW = 500;
export const TRIAGE_PAGE = 100;

export interface TriageRow {
  id: string;
  text: string;
  speaker: string | null;
  checkworthiness: number;
  priorMatchScore: number | null;
  watchedSpeaker: boolean;
  score: number;
  createdAt: Date;
  version: number;
  article: { id: string; title: string; outlet: string | null; source: string | null };
}

/** Incoming check-worthy claims (extracted, not yet triaged), ranked by `sort`. */
export async function getTriageQueue(
  actor: SessionUser | null,
  sort: TriageSort = 'priority',
  now = new Date(),
): Promise<{ rows: TriageRow[]; total: number; capped: boolean }> {
  assertCan(actor, 'claims.view');
  const where = { state: 'EXTRACTED' as const, checkworthy: true };
  const [claims, total, speakers] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: TRIAGE_WINDOW,
      select: {
        id: true,
        text: true,
        speaker: true,
        checkworthiness: true,
        priorMatchScore: true,
        createdAt: true,
        version: true,
        article: {
          select: {
            id: true,
            title: true,
            outlet: true,
            watchedSource: { select: { name: true } },
          },
        },
      },
    }),
    countClaimsUpTo([Prisma.sql`c.state = 'EXTRACTED'`, Prisma.sql`c.checkworthy`]),
    db.watchedSpeaker.findMany({ select: { name: true } }),
  ]);
  const watched = speakers.map((speaker) => speaker.name);
  const rows = claims.map((claim) => {
    const row = {
      ...claim,
      watchedSpeaker: isWatchedSpeaker(claim.speaker, watched),
      article: {
        id: claim.article.id,
        title: claim.article.title,
        outlet: claim.article.outlet,
        source: claim.article.watchedSource?.name ?? null,
      },
    };
    return { ...row, score: triageScore(row, now) };
  });
  rows.sort(compareTriage(sort, now));
  return { rows: rows.slice(0, TRIAGE_PAGE), total: total.count, capped: total.capped };
}

export async function listWatchedSpeakers(actor: SessionUser | null) {
  assertCan(actor, 'claims.view');
  return db.watchedSpeaker.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

export async function addWatchedSpeaker(actor: SessionUser | null, input: unknown) {
  const user = assertCan(actor, 'monitoring.manage');
  const { name } = watchedSpeakerSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const speaker = await tx.watchedSpeaker.create({
        data: { name, createdById: user.id },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        entity: 'watchedSpeaker',
        entityId: speaker.id,
        action: 'watchedSpeaker.create',
        after: { name },
      });
      return speaker;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`${name} is already on the watch list.`);
    throw error;
  }
}

export async function removeWatchedSpeaker(actor: SessionUser | null, input: unknown) {
  const user = assertCan(actor, 'monitoring.manage');
  const { speakerId } = removeSpeakerSchema.parse(input);
  await db.$transaction(async (tx) => {
    const removed = await tx.watchedSpeaker.deleteMany({ where: { id: speakerId } });
    if (removed.count === 0) throw notFound('Speaker');
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'watchedSpeaker',
      entityId: speakerId,
      action: 'watchedSpeaker.remove',
    });
  });
}
