import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getPublicArticle } from '@/lib/data/public/articles';
import { db } from '@/lib/db';
import { createArticle, createUser } from '@/prisma/factories';
import { createPublishedClaim } from '@/prisma/publication-factory';
import { restoreSettingsAfterAll } from '../../support/settings-row';

restoreSettingsAfterAll();

const setOwnOutlets = (ownOutlets: string) =>
  db.newsroomSettings.upsert({
    where: { id: 'newsroom' },
    create: { id: 'newsroom', ownOutlets },
    update: { ownOutlets },
  });

describe('the public article page text', () => {
  it("shows another outlet's article only around its published claims, and the newsroom's own in full", async () => {
    const token = randomBytes(4).toString('hex');
    const outlet = `Quellport Courier ${token}`;
    const claimText = `the quay ${token} handled 40,000 containers`;
    const paragraphs = [
      `Opening paragraph ${token}.`,
      `Background paragraph ${token}.`,
      `The harbour master said ${claimText} last year.`,
      `Reaction paragraph ${token}.`,
      `Unrelated paragraph ${token}.`,
      `Closing paragraph ${token}.`,
    ];
    const body = paragraphs.join('\n\n');
    const editor = await createUser(db, { role: 'EDITOR' });
    const article = await createArticle(db, {
      createdById: editor.id,
      title: `Quay figures ${token}`,
      outlet,
      body,
      extract: false,
    });
    await createPublishedClaim(db, {
      articleId: article.id,
      text: claimText,
      start: body.indexOf(claimText),
      speaker: 'harbour master',
      publishedById: editor.id,
    });

    await setOwnOutlets('Some Other Paper');
    const excerpted = (await getPublicArticle(article.slug))!;
    expect(excerpted.fullText).toBe(false);
    expect(excerpted.passages.map((p) => p.text)).toEqual([paragraphs.slice(1, 4).join('\n\n')]);
    expect(JSON.stringify(excerpted)).not.toContain('Opening paragraph');
    expect(JSON.stringify(excerpted)).not.toContain('Closing paragraph');
    const [passage] = excerpted.passages;
    const [claim] = excerpted.claims;
    expect(passage.text.slice(claim.start - passage.start, claim.end - passage.start)).toBe(
      claimText,
    );

    await setOwnOutlets(`Some Other Paper\n${outlet.toUpperCase()}`);
    const full = (await getPublicArticle(article.slug))!;
    expect(full.fullText).toBe(true);
    expect(full.passages).toEqual([{ start: 0, text: body }]);
  });
});
