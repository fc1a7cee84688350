// The full-text candidate path asks the index for a claim's rarest words, read from ANALYZE's
// statistics on "matchVector" (pg_stats), which the app role must be able to see.
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { db } from '@/lib/db';
import { findMatches, lexemesOf } from '@/lib/matching/find-matches';
import { actor } from '../../support/actors';

/** ANALYZE needs the table's owner: the migrating role on a server, the only user when embedded. */
async function analyzeClaims() {
  const client = new pg.Client({
    connectionString: inject('databaseServerUrl') || process.env.DATABASE_URL,
  });
  await client.connect();
  try {
    await client.query('ANALYZE "Claim"');
  } finally {
    await client.end();
  }
}

async function articleWithClaims(texts: string[]) {
  const user = await actor('JOURNALIST');
  const tag = Math.random().toString(36).slice(2);
  const article = await db.article.create({
    data: { slug: `rarity-${tag}`, title: tag, body: texts.join('\n'), createdById: user.id },
  });
  await db.claim.createMany({
    data: texts.map((text, i) => ({
      slug: `rarity-${tag}-${i}`,
      articleId: article.id,
      text,
      statement: text,
      start: 0,
      end: text.length,
      sentenceStart: 0,
      sentenceEnd: text.length,
    })),
  });
  return article.id;
}

describe('matching by rare words', () => {
  it('knows how common a word is among claims, and finds a rewording by its rare words', async () => {
    // A word in 80 claims of this test (the shared test database holds far fewer than thousands).
    await articleWithClaims(
      Array.from(
        { length: 80 },
        (_, i) => `The wallabyfund committee met on day ${i} and discussed item ${i * 7}.`,
      ),
    );
    const earlier = await articleWithClaims([
      'The wallabyfund committee spent its entire quokkagift on a new ferry to Rottnest.',
    ]);
    await analyzeClaims();

    const { lexemes, stats } = await lexemesOf(db, 'wallabyfund quokkagift');
    expect(stats.claims).toBeGreaterThan(80);
    const frequency = new Map(lexemes.map((l) => [l.lexeme, l.frequency]));
    // On a small table ANALYZE tracks even a word of one claim; on a large one that word is null.
    expect(frequency.get('wallabyfund')).toBeGreaterThan(0);
    expect(frequency.get('wallabyfund')).toBeGreaterThan(frequency.get('quokkagift') ?? 0);

    const found = await findMatches(db, {
      text: 'Its whole quokkagift went on a ferry to Rottnest, says the wallabyfund committee.',
      speaker: null,
      articleId: 'another-article',
    });
    const [{ id: earlierClaim }] = await db.claim.findMany({
      where: { articleId: earlier },
      select: { id: true },
    });
    expect(found.map((match) => match.earlierClaimId)).toContain(earlierClaim);
  });
});
