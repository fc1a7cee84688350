import 'server-only';
import { cache } from 'react';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { readPageSettings } from '@/lib/data/newsroom-settings';
import { cachedRead } from '@/lib/data/public/cached-read';
import { conflict, invalid, isUniqueViolation, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RatingEntry, RatingScale } from '@/lib/ratings';
import {
  ratingArchiveSchema,
  ratingBoundsSchema,
  ratingEntrySchema,
  ratingMoveSchema,
} from '@/lib/schemas/rating-scale';

type Tx = Prisma.TransactionClient;

const ENTRY = {
  key: true,
  name: true,
  description: true,
  colour: true,
  ratingValue: true,
  archived: true,
} as const;

const readEntries = (client: Tx | typeof db) =>
  client.ratingScaleEntry.findMany({
    select: ENTRY,
    orderBy: [{ position: 'asc' }, { key: 'asc' }],
  });

type Bounds = { ratingBest: number; ratingWorst: number } | null;
const scaleOf = (entries: RatingEntry[], bounds: Bounds): RatingScale => ({
  entries,
  best: bounds?.ratingBest ?? 5,
  worst: bounds?.ratingWorst ?? 1,
});

async function readScale(client: Tx | typeof db): Promise<RatingScale> {
  const [entries, bounds] = await Promise.all([
    readEntries(client),
    client.newsroomSettings.findUnique({
      where: { id: 'newsroom' },
      select: { ratingBest: true, ratingWorst: true },
    }),
  ]);
  return scaleOf(entries, bounds);
}

/**
 * The rating scale, archived entries included, in order. Public: readers see the names and colours.
 * Every page reads it, so it comes from the shared cache, expired whenever the scale or its bounds
 * change (lib/actions/rating-scale.ts); a transaction that must see the scale as it is reads
 * `ratingScaleIn`.
 */
export const getRatingScale = cache(
  cachedRead('public-rating-scale', async (): Promise<RatingScale> => {
    // The bounds come with the review rules, which the claim page reads as well.
    const [entries, bounds] = await Promise.all([readEntries(db), readPageSettings()]);
    return scaleOf(entries, bounds);
  }),
);

/** The scale inside a transaction (publishing freezes the rating as the scale has it then). */
export const ratingScaleIn = (tx: Tx) => readScale(tx);

/** The scale for the admin page. */
export async function getRatingScaleForAdmin(actor: SessionUser | null): Promise<RatingScale> {
  assertCan(actor, 'ratings.manage');
  return readScale(db);
}

/** Throws unless `key` may be given to a verdict now: on the scale and not archived (unless it already has it). */
export async function assertRatingUsable(tx: Tx, key: string, current: string | null) {
  const entry = await tx.ratingScaleEntry.findUnique({
    where: { key },
    select: { archived: true },
  });
  if (!entry || (entry.archived && key !== current))
    throw invalid('Choose a rating of the scale.', { rating: 'Choose a rating of the scale.' });
}

function withinBounds(value: number | null, best: number, worst: number): boolean {
  return value === null || (value >= Math.min(best, worst) && value <= Math.max(best, worst));
}

function outOfBounds(best: number, worst: number) {
  const message = `Give a value from ${Math.min(best, worst)} to ${Math.max(best, worst)}, or none.`;
  return invalid(message, { ratingValue: message });
}

/** A new key from the name: `Half true` → `HALF_TRUE` (then `HALF_TRUE_2`… if taken). */
async function freeKey(tx: Tx, name: string): Promise<string> {
  const base =
    name
      .normalize('NFKD')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^[^A-Z]+|_+$/g, '')
      .slice(0, 32) || 'RATING';
  const taken = new Set(
    (
      await tx.ratingScaleEntry.findMany({
        where: { key: { startsWith: base } },
        select: { key: true },
      })
    ).map((row) => row.key),
  );
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

function nameTaken(error: unknown): never {
  if (isUniqueViolation(error))
    throw invalid('Another rating has this name.', { name: 'Another rating has this name.' });
  throw error;
}

/** Adds an entry at the end of the scale. */
export async function createRatingEntry(
  actor: SessionUser | null,
  input: unknown,
): Promise<RatingEntry> {
  const user = assertCan(actor, 'ratings.manage');
  const data = ratingEntrySchema.parse(input);
  return db
    .$transaction(async (tx) => {
      const scale = await readScale(tx);
      if (!withinBounds(data.ratingValue, scale.best, scale.worst))
        throw outOfBounds(scale.best, scale.worst);
      const last = await tx.ratingScaleEntry.aggregate({ _max: { position: true } });
      const entry = await tx.ratingScaleEntry.create({
        data: {
          ...data,
          key: await freeKey(tx, data.name),
          position: (last._max.position ?? 0) + 1,
        },
        select: ENTRY,
      });
      await recordAudit(tx, {
        actorId: user.id,
        entity: 'ratingScale',
        entityId: entry.key,
        action: 'rating.create',
        after: entry,
      });
      return entry;
    })
    .catch(nameTaken);
}

/** Renames, redescribes, recolours or re-maps an entry; published verdicts keep what they froze. */
export async function updateRatingEntry(
  actor: SessionUser | null,
  key: string,
  input: unknown,
): Promise<RatingEntry> {
  const user = assertCan(actor, 'ratings.manage');
  const data = ratingEntrySchema.parse(input);
  return db
    .$transaction(async (tx) => {
      const scale = await readScale(tx);
      const before = scale.entries.find((entry) => entry.key === key);
      if (!before) throw notFound('Rating');
      if (!withinBounds(data.ratingValue, scale.best, scale.worst))
        throw outOfBounds(scale.best, scale.worst);
      const after = await tx.ratingScaleEntry.update({ where: { key }, data, select: ENTRY });
      const changed = (Object.keys(data) as (keyof typeof data)[]).filter(
        (field) => before[field] !== after[field],
      );
      if (changed.length)
        await recordAudit(tx, {
          actorId: user.id,
          entity: 'ratingScale',
          entityId: key,
          action: 'rating.update',
          before: Object.fromEntries(changed.map((field) => [field, before[field]])),
          after: Object.fromEntries(changed.map((field) => [field, after[field]])),
        });
      return after;
    })
    .catch(nameTaken);
}

/** Swaps an entry with its neighbour above or below; the order is the order every screen shows. */
export async function moveRatingEntry(
  actor: SessionUser | null,
  key: string,
  input: unknown,
): Promise<void> {
  const user = assertCan(actor, 'ratings.manage');
  const { direction } = ratingMoveSchema.parse(input);
  await db.$transaction(async (tx) => {
    const order = (await readScale(tx)).entries.map((entry) => entry.key);
    const at = order.indexOf(key);
    if (at < 0) throw notFound('Rating');
    const to = direction === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= order.length)
      throw conflict(`The rating is already ${direction === 'up' ? 'first' : 'last'}.`);
    const after = [...order];
    [after[at], after[to]] = [after[to], after[at]];
    // Renumber the whole scale, so equal or sparse positions never make the order ambiguous.
    for (const [index, entryKey] of after.entries())
      await tx.ratingScaleEntry.update({ where: { key: entryKey }, data: { position: index + 1 } });
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'ratingScale',
      entityId: key,
      action: 'rating.move',
      before: { order },
      after: { order: after },
    });
  });
}

/** Archives an entry (no longer offered; the verdicts using it keep it) or restores it. Never deletes. */
export async function setRatingEntryArchived(
  actor: SessionUser | null,
  key: string,
  input: unknown,
): Promise<void> {
  const user = assertCan(actor, 'ratings.manage');
  const { archived } = ratingArchiveSchema.parse(input);
  await db.$transaction(async (tx) => {
    const before = await tx.ratingScaleEntry.findUnique({ where: { key }, select: ENTRY });
    if (!before) throw notFound('Rating');
    if (before.archived === archived) return;
    if (archived) {
      const active = await tx.ratingScaleEntry.count({ where: { archived: false } });
      if (active <= 1) throw conflict('Keep at least one rating on the scale.');
    }
    await tx.ratingScaleEntry.update({ where: { key }, data: { archived } });
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'ratingScale',
      entityId: key,
      action: archived ? 'rating.archive' : 'rating.restore',
      before: { archived: before.archived },
      after: { archived },
    });
  });
}

/** Declares the ClaimReview scale's best and worst values; every entry's value must stay within them. */
export async function updateRatingBounds(actor: SessionUser | null, input: unknown): Promise<void> {
  const user = assertCan(actor, 'ratings.manage');
  const { best, worst } = ratingBoundsSchema.parse(input);
  await db.$transaction(async (tx) => {
    const scale = await readScale(tx);
    const outside = scale.entries.filter((entry) => !withinBounds(entry.ratingValue, best, worst));
    if (outside.length) {
      const message = `Re-map ${outside.map((entry) => entry.name).join(', ')} first: outside ${Math.min(best, worst)}–${Math.max(best, worst)}.`;
      throw invalid(message, { best: message });
    }
    if (scale.best === best && scale.worst === worst) return;
    await tx.newsroomSettings.upsert({
      where: { id: 'newsroom' },
      create: { id: 'newsroom', ratingBest: best, ratingWorst: worst },
      update: { ratingBest: best, ratingWorst: worst },
    });
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'ratingScale',
      entityId: 'bounds',
      action: 'rating.bounds',
      before: { best: scale.best, worst: scale.worst },
      after: { best, worst },
    });
  });
}
