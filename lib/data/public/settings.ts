import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { defaultPublicUrl } from '@/lib/public-url';

export interface PublicSettings {
  name: string;
  url: string;
  logoText: string;
  methodology: string;
  correctionsPolicy: string;
  /** The licence of the public data exports: a URL or a name. */
  dataLicence: string;
}

const DEFAULTS: Omit<PublicSettings, 'url'> = {
  name: 'Factdesk',
  logoText: 'Factdesk',
  methodology: '',
  correctionsPolicy: '',
  dataLicence: 'https://creativecommons.org/licenses/by/4.0/',
};

/** The newsroom's public identity and policy texts (defaults until an admin saves settings); `url` is absolute. */
export const getPublicSettings = cache(async (): Promise<PublicSettings> => {
  const row = await db.newsroomSettings.findUnique({
    where: { id: 'newsroom' },
    select: {
      name: true,
      url: true,
      logoText: true,
      methodology: true,
      correctionsPolicy: true,
      dataLicence: true,
    },
  });
  return { ...DEFAULTS, ...row, url: row?.url ?? defaultPublicUrl(env) };
});

/** An absolute URL on the public site. */
export function siteUrl(settings: Pick<PublicSettings, 'url'>, path: string): string {
  return new URL(
    path.replace(/^\//, ''),
    settings.url.endsWith('/') ? settings.url : `${settings.url}/`,
  ).href;
}
