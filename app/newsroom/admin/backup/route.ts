import { otherMethods } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route';
import { attachment } from '@/lib/api/streams';
import { fullBackup } from '@/lib/data/backup';

export const dynamic = 'force-dynamic';

/** Admins: the newsroom's full backup as one archive; restore it with `npm run db:restore -- FILE`. */
export const GET = apiRoute(async ({ user }) => {
  const body = fullBackup(user);
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return new Response(body, {
    headers: {
      'Content-Type': 'application/gzip',
      'Content-Disposition': attachment(`factdesk-backup-${stamp}.jsonl.gz`),
      'Cache-Control': 'no-store',
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
