import type { DateTime } from 'luxon';

/** A bare hour up to this one is read as afternoon: support work happens in business hours. */
const latestAfternoonHour = 7;

/** A time of day as people type it ("3pm", "9:30", "11", "17h"), for patterns; `timeOfDay` reads it. */
export const timeOfDaySaid = String.raw`[\d:.]+\s*(?:[ap]\.?m\.?|h)?`;

/** An hour and minute of the day. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** "3pm", "9:30", "11", "17h": the hour and minute, and whether the hour was a guess. */
export function timeOfDay(said: string): (ClockTime & { guessed: boolean }) | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(?:(a|p)\.?m\.?|(h))?$/iu.exec(said.trim());
  if (!match) return undefined;
  const [, hourText, minuteText, meridiem, clock] = match;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? 0);
  if (hour > 23 || minute > 59 || (meridiem && (hour < 1 || hour > 12))) return undefined;
  if (meridiem) hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  const explicit = Boolean(meridiem || minuteText || clock || hour > 12);
  if (!explicit && hour <= latestAfternoonHour) hour += 12;
  return { hour, minute, guessed: !explicit };
}

/** A day at a time of day, to the minute. */
export function atTimeOfDay(day: DateTime, { hour, minute }: ClockTime): DateTime {
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}
