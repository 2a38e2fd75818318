import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import { DateTime } from 'luxon';
import { accepted, type FieldParse, refused } from './fieldParse.js';

/** Why a due date was refused. */
export type DueDateProblem = 'not_a_date' | 'in_the_past' | 'too_far';

/** What a due date is read against: the moment, the user's zone and the house rules. */
export interface DueDateContext {
  /** The current instant. */
  now: Date;
  /** The user's IANA time zone; dates and times they type are wall-clock times there. */
  timeZone: string;
  /** Hour of day used when only a date is given (end of business). */
  defaultHour?: number;
  /** How far ahead a due date may lie. */
  horizonDays?: number;
}

const defaultDueHour = 17;
const defaultHorizonDays = 365;

interface RecognizedValue {
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}

/**
 * Reads a due date written in natural language ("tomorrow 5pm", "March 15, 2027 at 2pm",
 * "next Friday") as a wall-clock time in the user's zone, and returns the instant in UTC as
 * ISO-8601 with milliseconds. Where a phrase has several readings (a bare weekday), the first
 * one in the future wins.
 */
export function parseDueDate(
  text: string,
  context: DueDateContext,
): FieldParse<string, DueDateProblem> {
  const now = DateTime.fromJSDate(context.now, { zone: context.timeZone });
  const candidates = recognizeDateTime(text, Culture.English, 0, wallClockAsLocalDate(now))
    .flatMap((result) => (result.resolution?.values ?? []) as RecognizedValue[])
    .map((value) => toInstant(value, now, context.defaultHour ?? defaultDueHour))
    .filter((instant): instant is DateTime => instant?.isValid === true);
  if (candidates.length === 0) return refused('not_a_date');
  const due = candidates.find((instant) => instant > now);
  if (!due) return refused('in_the_past');
  if (due > now.plus({ days: context.horizonDays ?? defaultHorizonDays }))
    return refused('too_far');
  return accepted(due.toJSDate().toISOString());
}

/**
 * The recognizer reads its reference date through the process's local-time getters, so hand it
 * a Date whose local fields show the user's wall clock, whatever zone the server runs in.
 */
function wallClockAsLocalDate(now: DateTime): Date {
  return new Date(now.year, now.month - 1, now.day, now.hour, now.minute, now.second);
}

function toInstant(
  recognized: RecognizedValue,
  now: DateTime,
  defaultHour: number,
): DateTime | undefined {
  const zone = now.zone;
  const atDefaultHour = (date: string) =>
    DateTime.fromISO(date, { zone }).set({ hour: defaultHour, minute: 0, second: 0 });
  switch (recognized.type) {
    case 'datetime':
      return recognized.value ? DateTime.fromSQL(recognized.value, { zone }) : undefined;
    case 'date':
      return recognized.value ? atDefaultHour(recognized.value) : undefined;
    case 'time':
      return recognized.value ? nextOccurrence(recognized.value, now) : undefined;
    case 'duration':
      return recognized.value ? now.plus({ seconds: Number(recognized.value) }) : undefined;
    case 'datetimerange':
      return rangeEdge(recognized, (edge) => DateTime.fromSQL(edge, { zone }));
    case 'daterange':
      // A date range's end is exclusive ("next week" ends on the following Monday).
      return rangeEdge(recognized, (edge) => atDefaultHour(edge), { days: 1 });
    default:
      return undefined;
  }
}

function nextOccurrence(time: string, now: DateTime): DateTime {
  const today = DateTime.fromISO(`${now.toISODate()}T${time}`, { zone: now.zone });
  return today > now ? today : today.plus({ days: 1 });
}

/** A deadline phrase ("by Friday") gives a range ending at the deadline: take the end. */
function rangeEdge(
  recognized: RecognizedValue,
  read: (edge: string) => DateTime,
  endIsExclusiveBy?: { days: number },
): DateTime | undefined {
  if (recognized.end) {
    const end = read(recognized.end);
    return endIsExclusiveBy ? end.minus(endIsExclusiveBy) : end;
  }
  return recognized.start ? read(recognized.start) : undefined;
}
