import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/public/site-footer';
import { SiteHeader } from '@/components/public/site-header';
import { getPublicSettings } from '@/lib/data/public/cached';

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getPublicSettings();
  return {
    title: { default: settings.name, template: `%s · ${settings.name}` },
    description: `Fact checks of the claims in the news, with sources and reasoning, by ${settings.name}.`,
  };
}

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const settings = await getPublicSettings();
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader logoText={settings.logoText} />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter name={settings.name} />
    </div>
  );
}
