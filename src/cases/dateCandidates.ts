import { DateTime } from 'luxon';
import { readingLimits } from './readingLimits.js';

/** One resolution of a date phrase, as Recognizers-Text gives it. */
export interface RecognizedValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
  sourceEntity?: string;
  /** Ours: a time put on a day a range was said by ("end of the month at 6pm"), to confirm. */
  dayGuessed?: boolean;
}

/** The hours the parts of the day stand for (`DueDateRules`). */
export interface PartOfDayHours {
  morningHour: number;
  afternoonHour: number;
  eveningHour: number;
}

/**
 * The part of the day a recognized range names by its timex ("XXXX-WXX-1TMO"), if one of ours:
 * the night ("tonight", "Friday night") is the evening hour, as a deadline.
 */
function partOfDayOf(recognized: RecognizedValue): keyof PartOfDayHours | undefined {
  if (recognized.type !== 'datetimerange') return undefined;
  const part = /T(MO|AF|EV|NI)$/.exec(recognized.timex ?? '')?.[1];
  return part === 'MO'
    ? 'morningHour'
    : part === 'AF'
      ? 'afternoonHour'
      : part === 'EV' || part === 'NI'
        ? 'eveningHour'
        : undefined;
}

/** An instant a date phrase may mean, and whether the user should confirm it. */
export interface Candidate {
  at: DateTime;
  ambiguous: boolean;
}

/** A day at a whole hour. */
export function atHour(day: DateTime, hour: number): DateTime {
  return day.set({ hour, minute: 0, second: 0, millisecond: 0 });
}

/**
 * The instant a recognized value means in the user's zone: a date alone at `defaultHour` (or at
 * `endOfDayHour` when an end-of-day phrase goes with it), a time at its next occurrence, a range
 * at its end. Undefined for what is no due date ("now", "asap").
 */
export function candidateOf(
  recognized: RecognizedValue,
  now: DateTime,
  defaultHour: number,
  endOfDayHour: number | undefined,
  partsOfDay: PartOfDayHours,
): Candidate | undefined {
  // "now", "asap", "right away": a wish for speed, not a due date.
  if (recognized.timex?.endsWith('_REF')) return undefined;
  const zone = now.zone;
  const partOfDay = partOfDayOf(recognized);
  // "by tonight" is a range that only ends.
  const partOfDayEdge = recognized.start ?? recognized.end;
  if (partOfDay && partOfDayEdge) {
    // "Monday morning" is at the house's morning hour, to confirm; "this afternoon", said late
    // in it, at its end rather than in the past.
    const at = atHour(DateTime.fromSQL(partOfDayEdge, { zone }), partsOfDay[partOfDay]);
    const end = recognized.end ? DateTime.fromSQL(recognized.end, { zone }) : undefined;
    return { at: at <= now && end && end > now ? end : at, ambiguous: true };
  }
  const bareWeekday = recognized.timex?.includes('WXX') ?? false;
  const day = (date: string) => DateTime.fromISO(date.slice(0, 10), { zone });
  const onDate = (date: string): Candidate =>
    endOfDayHour === undefined
      ? { at: atHour(day(date), defaultHour), ambiguous: true }
      : { at: atHour(day(date), endOfDayHour), ambiguous: bareWeekday };
  const exact = (value: string): Candidate => ({
    at: DateTime.fromSQL(value, { zone }),
    ambiguous: bareWeekday || recognized.dayGuessed === true,
  });
  const { type, value } = recognized;
  switch (type) {
    case 'datetime':
      return value ? (endOfDayHour === undefined ? exact(value) : onDate(value)) : undefined;
    case 'date':
      return value ? onDate(value) : undefined;
    case 'time':
      return value ? nextOccurrence(value, now) : undefined;
    case 'timerange':
      // "by 6pm": the end of the range, as a deadline.
      return recognized.end ? nextOccurrence(recognized.end, now) : undefined;
    case 'duration':
      return value ? afterDuration(Number(value), now, onDate) : undefined;
    case 'datetimerange':
      return rangeEdge(recognized, exact);
    case 'daterange':
      return rangeEdge(recognized, onDate, recognized.sourceEntity === 'datetimepoint' ? 0 : 1);
    default:
      return undefined;
  }
}

function nextOccurrence(time: string, now: DateTime): Candidate {
  const today = DateTime.fromISO(`${now.toISODate()}T${time}`, { zone: now.zone });
  return today > now
    ? { at: today, ambiguous: false }
    : { at: today.plus({ days: 1 }), ambiguous: true };
}

/**
 * "In 3 hours" is a moment; "in two weeks" is a day, at the default hour. A span longer than
 * `readingLimits.longestSpanDays` ("in 1,000,000,000 days") is read as that long: too far.
 */
function afterDuration(
  seconds: number,
  now: DateTime,
  onDate: (date: string) => Candidate,
): Candidate | undefined {
  if (Number.isNaN(seconds)) return undefined;
  const later = now.plus({ seconds: Math.min(seconds, readingLimits.longestSpanDays * 86_400) });
  return seconds < 86_400 ? { at: later, ambiguous: false } : onDate(later.toISODate() ?? '');
}

/**
 * A deadline phrase ("by Friday") is a range ending at the deadline: take the end. A calendar
 * range ("next week") ends the day after its last day.
 */
function rangeEdge(
  recognized: RecognizedValue,
  read: (edge: string) => Candidate,
  exclusiveEndDays = 0,
): Candidate | undefined {
  if (recognized.end) {
    const end = read(recognized.end);
    return exclusiveEndDays > 0
      ? { at: end.at.minus({ days: exclusiveEndDays }), ambiguous: true }
      : end;
  }
  return recognized.start ? { ...read(recognized.start), ambiguous: true } : undefined;
}

const numericDayMonth = /\b(\d{1,2})[/.-](\d{1,2})\b/;

/** "03/04" could be 3 April or 4 March: worth confirming whichever culture read it. */
export function isDayMonthAmbiguous(phrase: string): boolean {
  const match = numericDayMonth.exec(phrase);
  if (!match) return false;
  const [first, second] = [Number(match[1]), Number(match[2])];
  return first <= 12 && second <= 12 && first !== second;
}
