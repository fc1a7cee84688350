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
      <section aria-labelledby="backup-heading" className="flex flex-col gap-1 text-sm">
        <h2 id="backup-heading" className="text-lg font-semibold">
          Backup
        </h2>
        <p className="text-slate-700">
          One archive of the newsroom&rsquo;s data: users (with password hashes), settings,
          articles, claims, sources, reviews, notes, publications, API tokens and the audit trail.
          Keep it private. Restore it into an empty database with{' '}
          <code>npm run db:restore -- FILE</code>.
        </p>
        <p>
          <a href="/newsroom/admin/backup" className="text-blue-800 underline" download>
            Download a full backup
          </a>
        </p>
      </section>
    </main>
  );
}
