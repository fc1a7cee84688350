import { z } from 'zod';

// Every date a user gives is kept inside this range: far-future or BC dates are mistakes, and the
// database stores some (year 10000) that the Prisma client then reads back as Invalid Date.
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2200-12-31';
export const DATE_RANGE_MESSAGE = `Enter a date between ${EARLIEST_DATE} and ${LATEST_DATE}.`;

const earliest = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const latest = Date.parse(`${LATEST_DATE}T23:59:59.999Z`);

/** True for a valid date from 1900-01-01 to 2200-12-31 (UTC). */
export function isDateInRange(date: Date): boolean {
  const time = date.getTime();
  return time >= earliest && time <= latest;
}

/** A user's date (a Date, an ISO date or timestamp string), refused outside 1900–2200. */
export const boundedDate = (invalidMessage: string) =>
  z.coerce.date({ message: invalidMessage }).refine(isDateInRange, DATE_RANGE_MESSAGE);

/** A `YYYY-MM-DD` string (kept a string), refused outside 1900–2200. */
export const boundedIsoDate = (invalidMessage: string) =>
  z.iso
    .date(invalidMessage)
    .refine((value) => isDateInRange(new Date(`${value}T00:00:00Z`)), DATE_RANGE_MESSAGE);
