// Issue 11 §4: sources can be corrected and removed while the claim is worked, never once its
// content is locked; every change is audited and publications keep the sources they had.
import { describe, expect, it } from 'vitest';
import { removeSource, updateSource } from '@/lib/data/sources';
import { db } from '@/lib/db';
import { transitionClaim } from '@/lib/workflow/service';
import { createClaimInState } from '@/prisma/factories';
import { actor } from '../../support/actors';

const CORRECTED = {
  url: 'https://stats.example.org/unemployment-2026',
  title: 'Labour force survey, March 2026',
  kind: 'DATASET',
  stance: 'SUPPORTS',
  note: 'Table 3.',
  accessedOn: '2026-03-02',
  archiveUrl: 'https://web.archive.org/web/2026/https://stats.example.org/unemployment-2026',
};

async function claimWithSource(state: 'VERIFYING' | 'IN_REVIEW' | 'PUBLISHED') {
  const journalist = await actor('JOURNALIST');
  const claim = await createClaimInState(db, { authorId: journalist.id, state });
  const source = await db.source.findFirstOrThrow({ where: { claimId: claim.id } });
  return { journalist, claim, source };
}

describe('editing and removing sources', () => {
  it('corrects a source, bumps the version and audits what changed', async () => {
    const { journalist, claim, source } = await claimWithSource('VERIFYING');
    const result = await updateSource(journalist, source.id, {
      ...CORRECTED,
      version: claim.version,
    });
    expect(result.version).toBe(claim.version + 1);
    const stored = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(stored).toMatchObject({ url: CORRECTED.url, archiveUrl: CORRECTED.archiveUrl });
    expect(stored.accessedOn?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: 'claim.source_edit' },
    });
    expect(event.before).toMatchObject({ url: source.url, title: source.title });
    expect(event.after).toMatchObject({ url: CORRECTED.url, accessedOn: '2026-03-02' });
    expect(event.before).not.toHaveProperty('kind');
  });

  it('removes a source and keeps what it was in the audit trail', async () => {
    const { journalist, claim, source } = await claimWithSource('VERIFYING');
    await removeSource(journalist, source.id, { version: claim.version });
    expect(await db.source.count({ where: { id: source.id } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: 'claim.source_remove' },
    });
    expect(event.before).toMatchObject({ sourceId: source.id, title: source.title });
  });

  it('refuses bad input and a stale version, changing nothing', async () => {
    const { journalist, claim, source } = await claimWithSource('VERIFYING');
    const tomorrowPlusOne = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await expect(
      updateSource(journalist, source.id, {
        ...CORRECTED,
        accessedOn: tomorrowPlusOne,
        version: claim.version,
      }),
    ).rejects.toThrow(/future/);
    await expect(
      updateSource(journalist, source.id, {
        ...CORRECTED,
        archiveUrl: 'javascript:alert(1)',
        version: claim.version,
      }),
    ).rejects.toThrow(/http/);
    await expect(
      removeSource(journalist, source.id, { version: claim.version + 5 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(removeSource(journalist, 'no-such-source', { version: 1 })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toEqual(source);
  });

  it('is refused while the claim is in review', async () => {
    const { journalist, claim, source } = await claimWithSource('IN_REVIEW');
    await expect(
      updateSource(journalist, source.id, { ...CORRECTED, version: claim.version }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      removeSource(journalist, source.id, { version: claim.version }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toEqual(source);
  });

  it('leaves the published snapshot as it was after a correction edits the source', async () => {
    const { claim, source } = await claimWithSource('PUBLISHED');
    const editor = await actor('EDITOR');
    const reopened = await transitionClaim(editor, claim.id, {
      to: 'VERIFYING',
      version: claim.version,
      note: 'The survey URL moved.',
    });
    await updateSource(editor, source.id, { ...CORRECTED, version: reopened.version });
    const publication = await db.publication.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(publication.sources).toEqual([
      expect.objectContaining({ url: source.url, title: source.title }),
    ]);
  });
});
