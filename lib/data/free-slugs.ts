import 'server-only';
import { conflict } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { makeSlug } from '@/lib/slug';

type Tx = Pick<Prisma.TransactionClient, 'article' | 'claim'>;

// A draw is taken with odds (stored slugs with the same words) / 2^24, so this many taken draws in
// a row means that space is exhausted, not bad luck.
const DRAWS = 32;

/**
 * One `makeSlug` per text, each different from the others and from every stored slug of `table`:
 * the random suffix is short, so texts with the same opening words can draw the same slug, and a
 * taken one is drawn again. Call inside the transaction that inserts the rows.
 */
export async function freeSlugs(
  tx: Tx,
  table: 'article' | 'claim',
  texts: readonly string[],
): Promise<string[]> {
  const slugs = texts.map((text) => makeSlug(text));
  const accepted = new Set<string>();
  let pending = slugs.map((_, i) => i);
  for (let draw = 1; pending.length > 0; draw++) {
    if (draw > DRAWS) throw conflict('Could not find a free address for the new item; try again.');
    const stored = new Set(
      await storedSlugs(tx, table, [...new Set(pending.map((i) => slugs[i]))]),
    );
    const retry: number[] = [];
    for (const i of pending) {
      if (stored.has(slugs[i]) || accepted.has(slugs[i])) retry.push(i);
      else accepted.add(slugs[i]);
    }
    for (const i of retry) slugs[i] = makeSlug(texts[i]);
    pending = retry;
  }
  return slugs;
}

async function storedSlugs(tx: Tx, table: 'article' | 'claim', slugs: string[]) {
  const where = { slug: { in: slugs } };
  const rows =
    table === 'article'
      ? await tx.article.findMany({ where, select: { slug: true } })
      : await tx.claim.findMany({ where, select: { slug: true } });
  return rows.map((row) => row.slug);
}
