const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

// A stored date the client cannot read back (year 10000, BC) arrives as Invalid Date: say so, not 500.
const readable = (date: Date, format: (date: Date) => string) =>
  Number.isNaN(date.getTime()) ? 'invalid date' : format(date);

export const formatDate = (date: Date | null | undefined) =>
  date ? readable(date, (d) => dateFormat.format(d)) : '—';
export const formatDateTime = (date: Date | null | undefined) =>
  date ? readable(date, (d) => `${dateTimeFormat.format(d)} UTC`) : '—';

/** "3 h", "2 d": how long ago, for queue ages. */
export function formatAge(since: Date, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

/** A `YYYY-MM-DD` day as "24 Nov 2026". */
export const formatIsoDay = (day: string) => formatDate(new Date(`${day}T00:00:00Z`));
