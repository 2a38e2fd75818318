import { recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import { DateTime } from 'luxon';
import { accepted, type FieldParse, refused } from './fieldParse.js';
import { readingLimits } from './readingLimits.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import { segmentsOf } from './textSpans.js';

/** Why a due date was refused. */
export type DueDateProblem = 'not_a_date' | 'in_the_past' | 'too_far';

/** The house rules for due dates; a deployment may change them. */
export interface DueDateRules {
  /** Hour of day used when only a date is given. */
  defaultHour: number;
  /** Hour that "end of day", "EOD" or "COB" stand for (end of business). */
  endOfDayHour: number;
  /** How far ahead a due date may lie, in days. */
  horizonDays: number;
}

/** 17:00 for a bare date and for "end of day"; at most a year ahead. */
const defaultDueDateRules: DueDateRules = {
  defaultHour: 17,
  endOfDayHour: 17,
  horizonDays: 365,
};

/** What a due date is read against: the moment, the user's zone and culture, the house rules. */
export interface DueDateContext {
  now: Date;
  /** The user's IANA zone; what they type is wall-clock time there. */
  timeZone: string;
  culture?: RecognitionCulture;
  rules?: Partial<DueDateRules>;
}

/** A due date as understood: the instant, and whether the user should confirm the reading. */
export interface DueDateReading {
  /** ISO-8601 instant in UTC with milliseconds. */
  instant: string;
  /** The phrase left something open (a bare weekday, no time, day/month order). */
  ambiguous: boolean;
}

/** A date phrase found in a message, with where it stands and what it resolves to. */
export interface DueDateMention {
  start: number;
  /** Exclusive. */
  end: number;
  /** Introduced as a deadline ("by Friday", "due", "para el viernes"). */
  deadline: boolean;
  reading: FieldParse<DueDateReading, DueDateProblem>;
}

interface RecognizedValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
  sourceEntity?: string;
}

interface Candidate {
  at: DateTime;
  ambiguous: boolean;
}

const endOfDayPhrase =
  /\b(?:eod|cob|eob|close of business|end of (?:the )?(?:business |work(?:ing)? )?day|fin(?:al)? del día|fin de la jornada|cierre del día)\b/giu;
/** Words that introduce a deadline: "by Friday", "due", "para el viernes". */
const deadlineWords =
  '(?:by|before|until|till|due|deadline|no later than|para(?: el| la)?|antes de(?:l)?|a más tardar|hasta(?: el)?|fecha límite)';
/** A deadline word just before a date phrase. */
const deadlineCue = new RegExp(String.raw`\b${deadlineWords}\s*(?:the\s+|el\s+)?$`, 'iu');
/** A deadline word anywhere in a clause: the clauses worth reading in free text. */
const deadlineWord = new RegExp(String.raw`\b${deadlineWords}\b`, 'iu');
/** An end-of-day phrase anywhere in a clause. */
const endOfDayWord = new RegExp(endOfDayPhrase.source, 'iu');
/** Where a message may be cut for the recognizer: clause ends, but not "March 15, 2027". */
const chunkBoundary = /[;!?\n]+|\.\s+|,\s*(?=\p{L})|:\s+|\s[-–—]\s/gu;
const numericDayMonth = /\b(\d{1,2})[/.-](\d{1,2})\b/;
/** "at 5", "a las 5": an hour without am/pm or minutes. */
const bareHour =
  /\b(?:at|around|a las|sobre las)\s+(\d{1,2})\b(?!\s*(?:[:.]\d|am\b|pm\b|a\.m|p\.m|h\b|in the|de la|del))/iu;
/** A bare hour up to this one is read as afternoon: support work happens in business hours. */
const latestAfternoonHour = 7;

/**
 * Finds the date phrases in a message ("tomorrow 5pm", "by Friday", "15/03/2027 14:00",
 * "EOD", "mañana a las 5") and reads each as a wall-clock time in the user's zone. The message
 * is read clause by clause, within `readingLimits`: end-of-day phrases are blanked out (offsets
 * kept) and merged with the date they go with. With `deadlinesOnly`, only clauses with a word
 * that can introduce a deadline ("by", "due", "para", "EOD") are read.
 */
export function findDueDates(
  text: string,
  context: DueDateContext,
  { deadlinesOnly = false }: { deadlinesOnly?: boolean } = {},
): DueDateMention[] {
  const { rules, now } = settingsOf(context);
  const endOfDaySpans = [...text.matchAll(endOfDayPhrase)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const blanked = endOfDaySpans.reduce(
    (current, span) =>
      current.slice(0, span.start) + ' '.repeat(span.end - span.start) + current.slice(span.end),
    text,
  );
  const reference = wallClockAsLocalDate(now);
  const results = chunksToRead(blanked, text, deadlinesOnly).flatMap((chunk) =>
    recognizeDateTime(chunk.text, context.culture ?? 'en-us', 0, reference).map((result) => ({
      ...result,
      start: result.start + chunk.start,
      end: result.end + chunk.start,
    })),
  );

  const mentions = results.map((result) => {
    const values = (result.resolution?.values ?? []) as RecognizedValue[];
    const start = result.start;
    const end = result.end + 1;
    const phrase = text.slice(start, end);
    // An "end of day" just before, inside or just after a date belongs to it.
    const endOfDay = endOfDaySpans.find((span) => span.end >= start - 12 && span.start <= end + 12);
    const candidates = values
      .map((value) => candidateOf(value, now, rules, endOfDay ? rules.endOfDayHour : undefined))
      .filter((candidate): candidate is Candidate => candidate?.at.isValid === true)
      .map((candidate) => withHourRead(candidate, phrase))
      .map((candidate) => ({
        ...candidate,
        ambiguous: candidate.ambiguous || isDayMonthAmbiguous(phrase),
      }));
    const spanStart = Math.min(start, endOfDay?.start ?? start);
    const spanEnd = Math.max(end, endOfDay?.end ?? end);
    return {
      start: spanStart,
      end: spanEnd,
      deadline:
        values.some((value) => value.Mod === 'before') ||
        deadlineCue.test(text.slice(Math.max(0, spanStart - 25), spanStart)),
      reading: readingOf(candidates, now, rules),
      endOfDay,
    };
  });

  const usedEndOfDay = new Set(mentions.map((mention) => mention.endOfDay));
  const loneEndOfDay = endOfDaySpans
    .filter((span) => !usedEndOfDay.has(span))
    .map((span) => ({
      ...span,
      deadline: true,
      reading: readingOf([{ at: atHour(now, rules.endOfDayHour), ambiguous: false }], now, rules),
    }));
  return [...mentions.map(({ endOfDay: _, ...mention }) => mention), ...loneEndOfDay]
    .filter((mention) => mention.reading.ok || mention.reading.problem !== 'not_a_date')
    .sort((a, b) => a.start - b.start);
}

/**
 * Reads a whole answer as a due date: the first phrase that gives an acceptable date wins;
 * otherwise the reason the first one was refused.
 */
export function parseDueDate(
  text: string,
  context: DueDateContext,
): FieldParse<DueDateReading, DueDateProblem> {
  const mentions = findDueDates(text, context);
  return (
    mentions.find((mention) => mention.reading.ok)?.reading ??
    mentions[0]?.reading ??
    refused('not_a_date')
  );
}

/** The rules in force and the user's "now" in their zone. */
function settingsOf(context: DueDateContext): { rules: DueDateRules; now: DateTime } {
  return {
    rules: { ...defaultDueDateRules, ...context.rules },
    now: DateTime.fromJSDate(context.now, { zone: context.timeZone }),
  };
}

/** A day at a whole hour. */
function atHour(day: DateTime, hour: number): DateTime {
  return day.set({ hour, minute: 0, second: 0, millisecond: 0 });
}

function readingOf(
  candidates: Candidate[],
  now: DateTime,
  rules: DueDateRules,
): FieldParse<DueDateReading, DueDateProblem> {
  if (candidates.length === 0) return refused('not_a_date');
  const due = candidates.find((candidate) => candidate.at > now);
  if (!due) return refused('in_the_past');
  if (due.at > now.plus({ days: rules.horizonDays })) return refused('too_far');
  return accepted({ instant: due.at.toJSDate().toISOString(), ambiguous: due.ambiguous });
}

interface Chunk {
  start: number;
  text: string;
}

/**
 * The pieces of a message the recognizer reads, in order, until `dateScanLength` is spent. A
 * message is cut where sentences and clauses end, but not inside a date ("March 15, 2027",
 * "15.03.2027"): the recognizer misses dates in some long sentences, and its cost grows faster
 * than the text, so a clause longer than `dateClauseLength` is cut again between words.
 */
function chunksToRead(blanked: string, original: string, deadlinesOnly: boolean): Chunk[] {
  const pieces = segmentsOf(blanked, chunkBoundary)
    .map(({ start, end }) => ({ start, text: blanked.slice(start, end) }))
    .filter((chunk) => chunk.text.trim() !== '')
    .flatMap(piecesOf)
    .filter(
      (piece) =>
        !deadlinesOnly ||
        mayHoldDeadline(
          original.slice(Math.max(0, piece.start - 25), piece.start + piece.text.length),
        ),
    );
  const read: Chunk[] = [];
  let budget = readingLimits.dateScanLength;
  for (const piece of pieces) {
    budget -= piece.text.length;
    if (budget < 0) break;
    read.push(piece);
  }
  return read;
}

function mayHoldDeadline(text: string): boolean {
  return deadlineWord.test(text) || endOfDayWord.test(text);
}

/** A clause cut between words into pieces of at most `dateClauseLength` characters. */
function piecesOf(chunk: Chunk): Chunk[] {
  const limit = readingLimits.dateClauseLength;
  const pieces: Chunk[] = [];
  let from = 0;
  while (chunk.text.length - from > limit) {
    const space = chunk.text.lastIndexOf(' ', from + limit);
    const to = space > from ? space : from + limit;
    pieces.push({ start: chunk.start + from, text: chunk.text.slice(from, to) });
    from = to;
  }
  pieces.push({ start: chunk.start + from, text: chunk.text.slice(from) });
  return pieces.filter((piece) => piece.text.trim() !== '');
}

/**
 * The recognizer reads its reference date through the process's local-time getters, so hand it
 * a Date whose local fields show the user's wall clock, whatever zone the server runs in.
 */
function wallClockAsLocalDate(now: DateTime): Date {
  return new Date(now.year, now.month - 1, now.day, now.hour, now.minute, now.second);
}

function candidateOf(
  recognized: RecognizedValue,
  now: DateTime,
  rules: DueDateRules,
  endOfDayHour: number | undefined,
): Candidate | undefined {
  // "now", "asap", "right away": a wish for speed, not a due date.
  if (recognized.timex?.endsWith('_REF')) return undefined;
  const zone = now.zone;
  const bareWeekday = recognized.timex?.includes('WXX') ?? false;
  const day = (date: string) => DateTime.fromISO(date.slice(0, 10), { zone });
  const onDate = (date: string): Candidate =>
    endOfDayHour === undefined
      ? { at: atHour(day(date), rules.defaultHour), ambiguous: true }
      : { at: atHour(day(date), endOfDayHour), ambiguous: bareWeekday };
  const exact = (value: string): Candidate => ({
    at: DateTime.fromSQL(value, { zone }),
    ambiguous: bareWeekday,
  });
  const { type, value } = recognized;
  switch (type) {
    case 'datetime':
      return value ? (endOfDayHour === undefined ? exact(value) : onDate(value)) : undefined;
    case 'date':
      return value ? onDate(value) : undefined;
    case 'time':
      return value ? nextOccurrence(value, now) : undefined;
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

/** "In 3 hours" is a moment; "in two weeks" is a day, at the default hour. */
function afterDuration(
  seconds: number,
  now: DateTime,
  onDate: (date: string) => Candidate,
): Candidate {
  const later = now.plus({ seconds });
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

/**
 * "Tomorrow at 5" means 17:00 at work, though the recognizer reads 05:00; either way the bot
 * confirms a bare hour.
 */
function withHourRead(candidate: Candidate, phrase: string): Candidate {
  const hour = Number(bareHour.exec(phrase)?.[1]);
  if (!hour) return candidate;
  const afternoon = hour <= latestAfternoonHour && candidate.at.hour === hour;
  return { at: afternoon ? candidate.at.plus({ hours: 12 }) : candidate.at, ambiguous: true };
}

/** "03/04" could be 3 April or 4 March: worth confirming whichever culture read it. */
function isDayMonthAmbiguous(phrase: string): boolean {
  const match = numericDayMonth.exec(phrase);
  if (!match) return false;
  const [first, second] = [Number(match[1]), Number(match[2])];
  return first <= 12 && second <= 12 && first !== second;
}

/**
 * Reads a due date from a form's date and time pickers (`2027-03-15`, `14:00`) in the user's
 * zone; an empty time means the default hour. Anything else is read as natural language.
 */
export function dueDateFromParts(
  date: string,
  time: string | undefined,
  context: DueDateContext,
): FieldParse<DueDateReading, DueDateProblem> {
  const trimmedTime = time?.trim() ?? '';
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ||
    (trimmedTime && !/^\d{1,2}:\d{2}$/.test(trimmedTime))
  ) {
    return parseDueDate(`${date} ${trimmedTime}`.trim(), context);
  }
  const { rules, now } = settingsOf(context);
  const [hour, minute] = trimmedTime ? trimmedTime.split(':').map(Number) : [rules.defaultHour, 0];
  const at = DateTime.fromISO(date.trim(), { zone: context.timeZone }).set({
    hour,
    minute,
    second: 0,
    millisecond: 0,
  });
  if (!at.isValid) return refused('not_a_date');
  return readingOf([{ at, ambiguous: false }], now, rules);
}
