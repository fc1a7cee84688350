/**
 * The tables a full backup holds, parents first (restore inserts in this order). Left out: sign-in
 * throttling counters and the email outbox (transient: a restore must not send old mail again), and
 * the analytics summaries (ClaimDayCount, ClaimStateChangeCount: their triggers refill them as the
 * claims and audit events are inserted).
 * `omit` columns are derived and rebuilt on insert; `linkedLater` columns point at rows that may come
 * later (a claim citing a publication, a publication citing another), so restore sets them last.
 */
export const BACKUP_TABLES: readonly BackupTable[] = [
  { name: 'User', key: 'id' },
  { name: 'NewsroomSettings', key: 'id' },
  // The migration seeds the scale's first seven entries; a restore replaces them with the backup's.
  { name: 'RatingScaleEntry', key: 'key', seeded: true },
  { name: 'WatchedSource', key: 'id' },
  { name: 'WatchedSpeaker', key: 'id' },
  { name: 'Article', key: 'id' },
  { name: 'ClaimFamily', key: 'id' },
  // matchVector is filled by a trigger from the claim's text.
  { name: 'Claim', key: 'id', omit: ['matchVector'], linkedLater: ['citedPublicationId'] },
  { name: 'ClaimMatch', key: 'id' },
  { name: 'FeedItem', key: 'id' },
  { name: 'Source', key: 'id' },
  { name: 'Review', key: 'id' },
  { name: 'ReviewSnapshot', key: 'id' },
  { name: 'Note', key: 'id' },
  // searchVector is filled by a trigger from the other columns.
  {
    name: 'Publication',
    key: 'id',
    omit: ['searchVector'],
    linkedLater: ['citesPublicationId'],
  },
  { name: 'ApiToken', key: 'id' },
  { name: 'Notification', key: 'id' },
  { name: 'AuditEvent', key: 'id' },
];

export interface BackupTable {
  name: string;
  key: string;
  omit?: readonly string[];
  linkedLater?: readonly string[];
  /** Rows the migrations add: a restore deletes them and inserts the backup's instead. */
  seeded?: boolean;
}

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
