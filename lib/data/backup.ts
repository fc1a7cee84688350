import 'server-only';
import { Readable } from 'node:stream';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { backupArchive } from '@/lib/backup/archive';
import { db } from '@/lib/db';

/** The admin's full backup (users with their password hashes included): a gzip JSON Lines stream. */
export function fullBackup(actor: SessionUser | null): ReadableStream<Uint8Array> {
  assertCan(actor, 'data.backup');
  return Readable.toWeb(backupArchive(db)) as ReadableStream<Uint8Array>;
}
