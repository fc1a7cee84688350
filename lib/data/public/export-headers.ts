import { attachment } from '@/lib/api/streams';
import { safeHttpUrl } from './safe-url';
import type { PublicSettings } from './settings';

/** Headers of a public data dump; a licence given as an address is also linked (RFC 8288 rel=license). */
export function publicExportHeaders(
  contentType: string,
  filename: string,
  settings: Pick<PublicSettings, 'dataLicence'>,
): Record<string, string> {
  const licenceUrl = safeHttpUrl(settings.dataLicence);
  return {
    'Content-Type': contentType,
    'Content-Disposition': attachment(filename),
    'Cache-Control': 'public, max-age=0, must-revalidate',
    ...(licenceUrl ? { Link: `<${licenceUrl}>; rel="license"` } : {}),
  };
}
