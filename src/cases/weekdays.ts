import type { DateTime } from 'luxon';

/** How many days after `day` its next `weekday` (0 Sunday … 6 Saturday) comes: 1 to 7, never 0. */
export function daysToNextWeekday(day: DateTime, weekday: number): number {
  return (weekday - (day.weekday % 7) + 7) % 7 || 7;
}
