import { describe, expect, it } from 'vitest';
import { getPublicSettings } from '@/lib/data/public/settings';
import { getSettingsForAdmin, updateSettings } from '@/lib/data/settings';
import { db } from '@/lib/db';
import { createUser } from '@/prisma/factories';
import { restoreSettingsAfterAll } from '../../support/settings-row';

const valid = {
  name: 'Portbury Fact Desk',
  url: 'https://facts.portbury.example/',
  logoText: 'PFD',
  reviewQuorum: 2,
  methodology: 'We check claims.\n\nWe show our sources.',
  correctionsPolicy: 'We correct mistakes openly.',
  dataLicence: 'CC BY-SA 4.0',
  ownOutlets: ' Portbury Post \n\nPortbury Radio\n',
};

restoreSettingsAfterAll();

describe('newsroom settings', () => {
  it('only admins may read or change them', async () => {
    const editor = await createUser(db, { role: 'EDITOR' });
    await expect(getSettingsForAdmin(editor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateSettings(editor, valid)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateSettings(null, valid)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('an admin saves them (parsed by the shared schema), they show publicly, and the change is audited', async () => {
    const admin = await createUser(db, { role: 'ADMIN' });
    const saved = await updateSettings(admin, valid);
    expect(saved).toEqual({
      ...valid,
      url: 'https://facts.portbury.example',
      twoPersonRule: true,
      ownOutlets: 'Portbury Post\nPortbury Radio',
    });
    expect(await getPublicSettings()).toMatchObject({
      name: 'Portbury Fact Desk',
      logoText: 'PFD',
      methodology: valid.methodology,
      dataLicence: 'CC BY-SA 4.0',
    });
    const audit = await db.auditEvent.findFirst({
      where: { entity: 'settings', actorId: admin.id },
      orderBy: { at: 'desc' },
    });
    expect(audit).toMatchObject({
      action: 'settings.update',
      after: expect.objectContaining({ name: 'Portbury Fact Desk', reviewQuorum: 2 }),
    });
  });

  it('a blank address falls back to the configured one; a saved address overrides it', async () => {
    const admin = await createUser(db, { role: 'ADMIN' });
    const saved = await updateSettings(admin, { ...valid, url: '  ' });
    expect(saved.url).toBeNull();
    const { defaultUrl } = await getSettingsForAdmin(admin);
    expect(defaultUrl).toMatch(/^https?:\/\/[^/]+$/);
    expect((await getPublicSettings()).url).toBe(defaultUrl);
    await updateSettings(admin, valid);
    expect((await getPublicSettings()).url).toBe('https://facts.portbury.example');
  });

  it('refuses invalid input on the server too', async () => {
    const admin = await createUser(db, { role: 'ADMIN' });
    for (const bad of [
      { ...valid, name: ' ' },
      { ...valid, url: 'javascript:alert(1)' },
      { ...valid, reviewQuorum: 0 },
      { ...valid, reviewQuorum: '2' },
    ]) {
      await expect(updateSettings(admin, bad)).rejects.toMatchObject({ name: 'ZodError' });
    }
  });
});
