import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { defaultPublicUrl } from '@/lib/public-url';
import { settingsSchema, type Settings } from '@/lib/schemas/settings';

const SETTINGS_ID = 'newsroom';
const SELECT = {
  name: true,
  url: true,
  logoText: true,
  reviewQuorum: true,
  twoPersonRule: true,
  methodology: true,
  correctionsPolicy: true,
  dataLicence: true,
  ownOutlets: true,
} as const;

/**
 * The settings row as the admin form edits it (created with defaults on first read), and the
 * address the public site uses while `url` is blank.
 */
export async function getSettingsForAdmin(
  actor: SessionUser | null,
): Promise<{ settings: Settings; defaultUrl: string }> {
  assertCan(actor, 'settings.manage');
  const settings = await db.newsroomSettings.upsert({
    where: { id: SETTINGS_ID },
    create: { id: SETTINGS_ID },
    update: {},
    select: SELECT,
  });
  return { settings, defaultUrl: defaultPublicUrl(env) };
}

/** Saves the settings and records what changed, in one transaction. */
export async function updateSettings(actor: SessionUser | null, input: unknown): Promise<Settings> {
  const user = assertCan(actor, 'settings.manage');
  const data = settingsSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.newsroomSettings.upsert({
      where: { id: SETTINGS_ID },
      create: { id: SETTINGS_ID },
      update: {},
      select: SELECT,
    });
    const after = await tx.newsroomSettings.update({
      where: { id: SETTINGS_ID },
      data,
      select: SELECT,
    });
    const changed = (Object.keys(SELECT) as (keyof Settings)[]).filter(
      (key) => before[key] !== after[key],
    );
    if (changed.length) {
      await recordAudit(tx, {
        actorId: user.id,
        entity: 'settings',
        entityId: SETTINGS_ID,
        action: 'settings.update',
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      });
    }
    return after;
  });
}
