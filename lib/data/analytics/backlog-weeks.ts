import type { ClaimState } from '@/lib/generated/prisma/enums';

export interface StateCount {
  state: ClaimState;
  count: number;
}
export interface WeekStateCount extends StateCount {
  week: Date;
}
export interface WeekStateChange {
  week: Date;
  createdWeek: Date;
  from: ClaimState;
  to: ClaimState;
  count: number;
}

const WEEK_MS = 7 * 86_400_000;

function mondayOf(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
}

/**
 * Claims per state at the end of each week from `start` to `end`: today's counts, with the state
 * changes after each week undone and the claims imported after it left out.
 */
export function backlogWeeks(
  { start, end }: { start: Date; end: Date },
  current: StateCount[],
  created: WeekStateCount[],
  changes: WeekStateChange[],
) {
  const weeks: Date[] = [];
  for (let w = mondayOf(start); w < end; w = new Date(w.getTime() + WEEK_MS)) weeks.push(w);
  return weeks.map((weekStart) => {
    const weekEnd = Math.min(weekStart.getTime() + WEEK_MS, end.getTime());
    const counts = Object.fromEntries(current.map((row) => [row.state, row.count])) as Record<
      string,
      number
    >;
    const add = (state: string, n: number) => (counts[state] = (counts[state] ?? 0) + n);
    // Claims imported in a later week did not exist yet (weeks are compared by their Monday).
    for (const row of created)
      if (row.week.getTime() > weekStart.getTime()) add(row.state, -row.count);
    for (const row of changes)
      if (
        row.week.getTime() > weekStart.getTime() &&
        row.createdWeek.getTime() <= weekStart.getTime()
      ) {
        add(row.to, -row.count);
        add(row.from, row.count);
      }
    return { week: weekStart, weekEnd: new Date(weekEnd), counts };
  });
}
