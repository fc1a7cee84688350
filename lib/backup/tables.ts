/**
 * The tables a full backup holds, parents first (restore inserts in this order). Sign-in throttling
 * counters are left out: they are transient. `omit` columns are derived and rebuilt on insert.
 */
export const BACKUP_TABLES = [
  { name: 'User', key: 'id' },
  { name: 'NewsroomSettings', key: 'id' },
  { name: 'Article', key: 'id' },
  { name: 'Claim', key: 'id' },
  { name: 'Source', key: 'id' },
  { name: 'Review', key: 'id' },
  { name: 'Note', key: 'id' },
  // searchVector is filled by a trigger from the other columns.
  { name: 'Publication', key: 'id', omit: ['searchVector'] },
  { name: 'ApiToken', key: 'id' },
  { name: 'AuditEvent', key: 'id' },
] as const;

export const BACKUP_FORMAT = 'factdesk-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** The migrations the source database had: a restore target must have the same. */
  migrations: string[];
  tables: Record<string, number>;
}
