import { formatDate } from '@/lib/format';

export function PublishedDate({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {formatDate(date)}
    </time>
  );
}
