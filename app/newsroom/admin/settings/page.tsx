import type { Metadata } from 'next';
import { SettingsForm } from '@/components/admin/settings-form';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getSettingsForAdmin } from '@/lib/data/settings';

export const metadata: Metadata = { title: 'Newsroom settings' };

export default async function SettingsPage() {
  const admin = await requirePageUser('settings.manage', '/newsroom/admin/settings');
  const { settings, defaultUrl } = await getSettingsForAdmin(admin);
  return (
    <main className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-xl font-semibold">Newsroom settings</h1>
      <p className="text-sm text-slate-700">
        The name, address and logo text appear on the public site and in its structured data; the
        methodology and corrections policy are public pages.
      </p>
      <SettingsForm initial={settings} defaultUrl={defaultUrl} />
    </main>
  );
}
