import { readFileSync } from 'node:fs';
import path from 'node:path';

// With FACTDESK_PUBLIC_CACHE=off (the main e2e server, whose specs write published rows straight
// into the database; cache-miss benchmarks) pages cached whole must render per request too. The
// same build serves both ways, and a route's `revalidate` is fixed at build time, so proxy.ts
// turns on Next's draft mode for the request instead: Next renders a draft-mode request at
// request time and neither reads nor writes its page cache. Draft mode is recognised by a cookie
// holding the build's preview id, which `next build` writes into prerender-manifest.json.

const DRAFT_MODE_COOKIE = '__prerender_bypass';
let previewModeId: string | null | undefined;

function buildPreviewModeId(): string | null {
  if (previewModeId !== undefined) return previewModeId;
  try {
    const manifest = JSON.parse(
      readFileSync(
        path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'prerender-manifest.json'),
        'utf8',
      ),
    ) as { preview?: { previewModeId?: string } };
    previewModeId = manifest.preview?.previewModeId ?? null;
  } catch {
    previewModeId = null;
  }
  return previewModeId;
}

/** The request's Cookie header with draft mode on, or null when there is no build to read (dev). */
export function cookieBypassingPageCache(cookie: string | null): string | null {
  const id = process.env.NODE_ENV === 'production' ? buildPreviewModeId() : null;
  if (!id) return null;
  return [cookie, `${DRAFT_MODE_COOKIE}=${id}`].filter(Boolean).join('; ');
}
