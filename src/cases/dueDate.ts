import { recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import { DateTime } from 'luxon';
import { withDateWordsWrittenOut } from './casualDateSpellings.js';
import {
  atHour,
  type Candidate,
  candidateOf,
  isDayMonthAmbiguous,
  type RecognizedValue,
} from './dateCandidates.js';
import { dateCues, deadlineCueReach, saysHourByClock } from './dateCues.js';
import {
  type DatePiece,
  datePiecesToRead,
  fromDeadlineWordWithin,
  withoutDeadlineWords,
} from './datePieces.js';
import { type NamedTimeZone, namedTimeZoneIn, ownZoneAmong } from './namedTimeZone.js';
import { accepted, type FieldParse, refused } from './parseOutcome.js';
import { type QuickDateReading, quickDateReading } from './quickDateReading.js';
import type { RecognitionCulture } from './recognitionCulture.js';
import { zoneNamed } from './rememberedOffsetZone.js';
import { spokenDateReading } from './spokenDateReading.js';
import { blankedOut, spansOf } from './textSpans.js';
import { atTimeOfDay } from './timeOfDay.js';

/** Why a due date was refused; "ASAP" is told apart from other words that are no date. */
export type DueDateProblem =
  | 'not_a_date'
  | 'as_soon_as_possible'
  | 'in_the_past'
  | 'too_far'
  | 'ambiguous_zone';

/** The house rules for due dates; a deployment may change them. */
export interface DueDateRules {
  /** Hour of day used when only a date is given. */
  defaultHour: number;
  /** Hour that "end of day", "EOD" or "COB" stand for (end of business). */
  endOfDayHour: number;
  /** How far ahead a due date may lie, in days. */
  horizonDays: number;
  /** Hours that "morning" (and "first thing"), "afternoon" and "evening" stand for. */
  morningHour: number;
  afternoonHour: number;
  eveningHour: number;
}

/** 17:00 for a bare date and for "end of day"; at most a year ahead. */
const defaultDueDateRules: DueDateRules = {
  defaultHour: 17,
  endOfDayHour: 17,
  horizonDays: 365,
  morningHour: 9,
  afternoonHour: 14,
  eveningHour: 18,
};

/** What a due date is read against: the moment, the user's zone and culture, the house rules. */
export interface DueDateContext {
  now: Date;
  /** The user's IANA zone; what they type is wall-clock time there. */
  timeZone: string;
  culture?: RecognitionCulture;
  rules?: Partial<DueDateRules>;
  /**
   * The zone the person picked of those a zone's name written with the time stands for ("IST":
   * India), when asked which they meant (`dueDateInZoneChosen`).
   */
  zoneChosen?: string;
}

/** A due date as understood: the instant, and whether the user should confirm the reading. */
export interface DueDateReading {
  /** ISO-8601 instant in UTC with milliseconds. */
  instant: string;
  /** The phrase left something open (a bare weekday, no time, day/month order). */
  ambiguous: boolean;
  /** The zone the person named with the time ("11am CET"): it is read, and shown, in it. */
  zone?: string;
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

/** A bare hour up to this one is read as afternoon: support work happens in business hours. */
const latestAfternoonHour = 7;

/**
 * Finds the date phrases in a message ("tomorrow 5pm", "by Friday", "15/03/2027 14:00",
 * "EOD", "mañana a las 5") and reads each as a wall-clock time in the user's zone. The message
 * is read clause by clause, within `readingLimits`: end-of-day phrases are blanked out (offsets
 * kept) and merged with the date they go with. With `deadlinesOnly`, only clauses with a word
 * that can introduce a deadline ("by", "due", "para", "EOD", "need it", "lo necesito") or follow
 * one ("is fine", "me vale") are read. A date taken back ("Thursday no wait Friday") gives way to
 * the one after (`withCorrectionsTaken`). A piece that is one date
 * phrase chrono-node reads alone (`quickDateReading`), or the language's grammars read
 * (`spokenDateReading`: "Monday week", "mañana 17h", "end of next week", "the 4th"), is read at
 * once; only the rest goes to Recognizers-Text, without numbers out of any date's reach. Casual
 * spellings ("tmrw", "b4", "la semana q viene") are read written out, and found where typed.
 */
export function findDueDates(
  typed: string,
  context: DueDateContext,
  { deadlinesOnly = false }: { deadlinesOnly?: boolean } = {},
): DueDateMention[] {
  const writtenOut = withDateWordsWrittenOut(typed);
  const { text } = writtenOut;
  const named = namedTimeZoneIn(text);
  const mentions = named
    ? inNamedZone(text, named, context, deadlinesOnly)
    : datesIn(text, context, deadlinesOnly);
  return withCorrectionsTaken(text, mentions, context).map(({ timeOnly: _, ...mention }) =>
    writtenOut.typedSpan(mention),
  );
}

/** A mention as the readers find it: a time alone ("10am") is told from a date. */
interface FoundMention extends DueDateMention {
  timeOnly?: boolean;
}

/** How far a date may stand from the words that take it back, or that it takes back with. */
const correctionReach = 12;

/**
 * The mentions of a message with each date that words take back ("Thursday no wait Friday
 * 10am", "tomorrow, sorry I mean Monday 9am", "el jueves, perdón, el viernes a las 10") replaced
 * by the date after them: it stands where the first did, and is a deadline if that was. A time
 * alone after them ("Monday 9am, no wait, 10am") is that time on the first date's day.
 */
function withCorrectionsTaken(
  text: string,
  mentions: FoundMention[],
  context: DueDateContext,
): FoundMention[] {
  if (mentions.length < 2) return mentions;
  let taken = mentions;
  for (const lead of spansOf(text, dateCues.selfCorrections)) {
    const before = taken.findLast((mention) => mention.end <= lead.start);
    const after = dateMeantAfter(text, taken, lead.end);
    if (!before || !after?.reading.ok || lead.start - before.end > correctionReach) continue;
    const reading = after.timeOnly ? timeOnDayOf(before, after, context) : after.reading;
    if (!reading) continue;
    const replaced: FoundMention = {
      start: before.start,
      end: after.end,
      deadline: before.deadline || after.deadline,
      reading,
      timeOnly: before.timeOnly,
    };
    // The dates of a reason between them go with the one taken back.
    taken = taken.flatMap((mention) =>
      mention === before
        ? [replaced]
        : mention.start > before.start && mention.start <= after.start
          ? []
          : [mention],
    );
  }
  return taken;
}

/** How far the sentence giving a reason for a correction may run ("mañana es domingo."). */
const reasonReach = 40;

/**
 * The date a correction means, said within reach after its words (`from`): the first, unless
 * that one is what a reason tells about ("no espera, mañana es domingo. el lunes a las 10": the
 * reason runs to its clause's end, and the date after it is meant).
 */
function dateMeantAfter(
  text: string,
  mentions: FoundMention[],
  from: number,
): FoundMention | undefined {
  const first = mentions.find((mention) => mention.start >= from);
  if (!first || first.start - from > correctionReach) return undefined;
  const after = text.slice(first.end, first.end + reasonReach);
  if (!dateCues.saidAbout.test(after)) return first;
  const reasonEnd = after.search(/[.;:!?,\n]/u);
  if (reasonEnd < 0) return undefined;
  return dateMeantAfter(text, mentions, first.end + reasonEnd + 1);
}

/** The time of one mention on the day of another, as its own reading (undefined if either fails). */
function timeOnDayOf(
  day: FoundMention,
  time: FoundMention,
  context: DueDateContext,
): FieldParse<DueDateReading, DueDateProblem> | undefined {
  if (!day.reading.ok || !time.reading.ok) return undefined;
  const zone = zoneNamed(day.reading.value.zone ?? context.timeZone);
  const clock = DateTime.fromISO(time.reading.value.instant, { zone });
  const at = atTimeOfDay(DateTime.fromISO(day.reading.value.instant, { zone }), clock);
  const { rules, now } = settingsOf(context);
  const reading = readingOf(
    [{ at, ambiguous: day.reading.value.ambiguous || time.reading.value.ambiguous }],
    now,
    rules,
  );
  return reading.ok && day.reading.value.zone
    ? accepted({ ...reading.value, zone: day.reading.value.zone })
    : reading;
}

/** The dates of a message, read in the context's zone (`findDueDates` without zone names). */
function datesIn(
  text: string,
  context: DueDateContext,
  deadlinesOnly: boolean,
  { zoneNamesBlanked = false }: { zoneNamesBlanked?: boolean } = {},
): FoundMention[] {
  // Only a deadline word or an end-of-day phrase makes a deadline: without one, nothing to read.
  if (
    deadlinesOnly &&
    !dateCues.deadlineWord.test(text) &&
    !dateCues.deadlineAfterWord.test(text) &&
    !dateCues.endOfDayWord.test(text)
  )
    return [];
  const { rules, now } = settingsOf(context);
  const endOfDaySpans = spansOf(text, dateCues.endOfDayPhrases);
  // "This Friday" is the coming Friday, said on a weekend too, as a bare "Friday" is read.
  const thisWeekdaySpans = spansOf(text, dateCues.thisBeforeWeekday);
  const blanked = blankedOut(text, [...endOfDaySpans, ...thisWeekdaySpans]);
  const reference = wallClockAsLocalDate(now);
  const phraseSettings = { timeZone: context.timeZone, rules, now, reference };
  const culture = context.culture ?? 'en-us';
  const quick: FoundMention[] = [];
  const slow: DatePiece[] = [];
  // Next to an end-of-day phrase a date goes the slow way, which merges the two.
  const nearEnd = endOfDaySpans.length > 0;
  for (const found of datePiecesToRead(blanked, text, deadlinesOnly, {
    gapsCut: !zoneNamesBlanked,
  })) {
    // "need it for Monday 9am": read from "for", as "by Monday 9am" is; "next week is fine" as
    // "next week". A piece that is no date phrase alone may end with one after a deadline word
    // ("Necesito repuesto para el miércoles 2 a las 9"): that is read alone.
    const whole = withoutDeadlineWords(found);
    if (whole.text.trim() === '') continue;
    let piece = whole;
    let { reading, spoken } = phraseAloneReading(piece.text, culture, phraseSettings, nearEnd);
    const within = reading || spoken ? undefined : fromDeadlineWordWithin(found);
    if (within) {
      const rest = withoutDeadlineWords(within);
      const read = phraseAloneReading(rest.text, culture, phraseSettings, nearEnd);
      if (read.reading || read.spoken) {
        piece = rest;
        ({ reading, spoken } = read);
      }
    }
    if (reading) quick.push(quickMention(text, piece, reading, readingOf([reading], now, rules)));
    else if (spoken) {
      const spaces = piece.text.length - piece.text.trimStart().length;
      const leadIn =
        spaces + (dateCues.leadInAtStart.exec(piece.text.trimStart())?.[0].length ?? 0);
      const whole = { leadIn, end: piece.text.trimEnd().length };
      quick.push(quickMention(text, piece, whole, readingOf([spoken], now, rules)));
    } else slow.push(piece);
  }
  const results = withTimesJoined(
    slow.flatMap((piece) =>
      recognizeDateTime(withoutWhatStallsTheRecognizer(piece.text), culture, 0, reference).map(
        (result) => ({
          start: result.start + piece.start,
          end: result.end + piece.start,
          values: (result.resolution?.values ?? []) as RecognizedValue[],
        }),
      ),
    ),
    text,
  );

  const mentions = results.map((result) => {
    const { values } = result;
    const start = result.start;
    const end = result.end + 1;
    const phrase = text.slice(start, end);
    // An "end of day" just before, inside or just after a date belongs to it; so does a "first
    // thing" ("first thing Monday", "a primera hora del lunes", "el lunes a primera hora"), which
    // means the morning.
    const endOfDay = endOfDaySpans.find((span) => span.end >= start - 12 && span.start <= end + 12);
    const firstThing =
      dateCues.firstThingBefore.test(text.slice(Math.max(0, start - 40), start)) ||
      dateCues.firstThing.test(text.slice(start, end + 20));
    const dateHour = firstThing ? rules.morningHour : rules.defaultHour;
    const relativeWeekday = values.some(
      (value) => value.type === 'date' || value.type === 'datetime',
    );
    const candidates = values
      .map((value) =>
        candidateOf(value, now, dateHour, endOfDay ? rules.endOfDayHour : undefined, rules),
      )
      .filter((candidate): candidate is Candidate => candidate?.at.isValid === true)
      // "a la 1 del lunes": the recognizer's phrase starts at the hour, the words before it say it.
      .map((candidate) => withHourRead(candidate, text.slice(Math.max(0, start - 10), end)))
      .map((candidate) => ({
        ...candidate,
        // "next Monday": which week is meant is confirmed, as for a bare weekday.
        ambiguous:
          candidate.ambiguous ||
          isDayMonthAmbiguous(phrase) ||
          (relativeWeekday && dateCues.weekdayModifier.test(phrase)),
      }));
    const spanStart = Math.min(start, endOfDay?.start ?? start);
    const spanEnd = Math.max(end, endOfDay?.end ?? end);
    return {
      start: withCueStartingItsClause(text, spanStart),
      end: spanEnd,
      // "end of day tomorrow": an end-of-day phrase says when it is due, as "by" does; "since
      // Monday", "after Monday" never is.
      deadline:
        endOfDay !== undefined ||
        values.some((value) => value.Mod === 'before') ||
        (!values.some((value) => value.Mod === 'since' || value.Mod === 'after') &&
          (dateCues.deadlineCue.test(
            text.slice(Math.max(0, spanStart - deadlineCueReach), spanStart),
          ) ||
            dateCues.deadlineAfterCue.test(text.slice(spanEnd)))),
      reading: readingOf(candidates, now, rules),
      timeOnly:
        endOfDay === undefined &&
        values.length > 0 &&
        values.every((value) => value.type === 'time' || value.type === 'timerange'),
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
  return [...quick, ...mentions.map(({ endOfDay: _, ...mention }) => mention), ...loneEndOfDay]
    .filter((mention) => mention.reading.ok || mention.reading.problem !== 'not_a_date')
    .sort((a, b) => a.start - b.start);
}

/** A date phrase the recognizer found: where it stands (`end` inclusive) and what it may mean. */
interface Recognized {
  start: number;
  end: number;
  values: RecognizedValue[];
}

/**
 * The recognizer's findings with each date joined to the time that follows it ("12/03 by noon",
 * "christmas eve noon", "Dec 3, at 3pm"): it reads them apart, and the date alone was due at the
 * default hour. A time it is due by ("by noon") keeps its mark as a deadline.
 */
function withTimesJoined(results: Recognized[], text: string): Recognized[] {
  const joined: Recognized[] = [];
  for (const result of results) {
    const previous = joined.at(-1);
    const dated = previous && dateAtTime(previous, result, text);
    if (dated) joined[joined.length - 1] = dated;
    else joined.push(result);
  }
  return joined;
}

function dateAtTime(date: Recognized, time: Recognized, text: string): Recognized | undefined {
  // "a las 10" is 10:00 or 22:00 to the recognizer: the first, as a bare hour is read.
  const [clock] = time.values;
  if (!clock || !time.values.every((value) => value.type === clock.type)) return undefined;
  // "noon", or "by noon": a range that only ends.
  const at =
    clock.type === 'time'
      ? clock.value
      : clock.type === 'timerange' && !clock.start
        ? clock.end
        : undefined;
  const days = date.values.map(dayOf);
  if (
    !at ||
    days.length === 0 ||
    !days.every((day) => day !== undefined) ||
    !dateCues.betweenDateAndTime.test(text.slice(date.end + 1, time.start))
  )
    return undefined;
  return {
    start: date.start,
    end: time.end,
    values: date.values.map((value, index) => ({
      timex: `${value.Mod ? days[index] : (value.timex ?? '')}T${at.slice(0, 5)}`,
      type: 'datetime',
      value: `${days[index]} ${at}`,
      ...(clock.Mod ? { Mod: clock.Mod } : {}),
      // The last day of the month may not be the one meant (its last working day?): confirmed.
      ...(value.Mod ? { dayGuessed: true } : {}),
    })),
  };
}

/**
 * The day a recognized date stands for, to put a time on: a date's, or the last day of a month
 * or year said by its end ("a fin de mes", "end of the month": its range ends the day after);
 * undefined for anything else.
 */
function dayOf(value: RecognizedValue): string | undefined {
  if (value.type === 'date' && !value.Mod) return value.value;
  if (
    value.type !== 'daterange' ||
    value.Mod !== 'end' ||
    !value.end ||
    !monthOrYear.test(value.timex ?? '')
  )
    return undefined;
  return DateTime.fromISO(value.end).minus({ days: 1 }).toISODate() ?? undefined;
}

/** The timex of a month or a year ("2026-11", "2026"). */
const monthOrYear = /^\d{4}(?:-\d{2})?$/u;

/**
 * A number no due date is that far off ("1e308", "99999999999"): Recognizers-Text reads "in 1e308
 * hours" as one hour and takes longer over it, so it is blanked out (offsets kept) before the
 * recognizer; a span said alone with one is read, and refused as too far, by `spokenDateReading`.
 */
const numberOutOfReach = /(?<![\d.,])(?:\d+(?:[.,]\d+)?e[+-]?\d+|\d{10,})/giu;

/**
 * "Mañana" said again and again ("mañana mañana mañana …"): the Spanish recognizer takes about
 * three times as long for each one more (seven take seconds), so only the first few of a piece
 * are read; no date says more.
 */
const mañana = /(?<!\p{L})mañana(?!\p{L})/giu;
const mostMañanasRead = 3;

function withoutWhatStallsTheRecognizer(piece: string): string {
  return blankedOut(piece, [
    ...spansOf(piece, numberOutOfReach),
    ...spansOf(piece, mañana).slice(mostMañanasRead),
  ]);
}

/**
 * The dates of a message that names a zone ("11am CET"), read in that zone and confirmed in it.
 * A name that stands for several zones ("IST") is refused, to be said another way, unless the
 * person has picked one of them (`zoneChosen`) or one is surely theirs (`ownZoneAmong`: "wed 4pm
 * IST" from Asia/Kolkata).
 */
function inNamedZone(
  text: string,
  named: NamedTimeZone,
  context: DueDateContext,
  deadlinesOnly: boolean,
): FoundMention[] {
  // Read once in the zone: the names blanked out are not looked for again ("CET CET CET …").
  const blanked = blankedOut(text, named.spans);
  const { zoneChosen } = context;
  const zone =
    zoneChosen !== undefined && named.zones.includes(zoneChosen)
      ? zoneChosen
      : named.zones.length === 1
        ? named.zones[0]
        : undefined;
  // Of several zones, the one that is the person's own is at their offset: read in their zone.
  const mentions = datesIn(
    blanked,
    { ...context, timeZone: zone ?? context.timeZone },
    deadlinesOnly,
    { zoneNamesBlanked: true },
  );
  return mentions.map((mention) => {
    const { reading } = mention;
    const at = reading.ok ? Date.parse(reading.value.instant) : context.now.getTime();
    const meant = zone ?? ownZoneAmong(named, context.timeZone, at);
    return {
      ...mention,
      end: Math.max(mention.end, named.end),
      reading: !meant
        ? refused('ambiguous_zone')
        : reading.ok
          ? accepted({ ...reading.value, ambiguous: true, zone: meant })
          : reading,
    };
  });
}

/**
 * A date phrase chrono-node read in a piece of a message, as a mention: from the words leading
 * into it ("by Friday 5pm", as Recognizers-Text spans a deadline), a deadline when they hold a
 * deadline word or one ends the text just before.
 */
function quickMention(
  text: string,
  piece: DatePiece,
  quick: Pick<QuickDateReading, 'leadIn' | 'end'>,
  reading: FieldParse<DueDateReading, DueDateProblem>,
): DueDateMention {
  const start = piece.start + (piece.text.length - piece.text.trimStart().length);
  const end = piece.start + quick.end;
  return {
    start: withCueStartingItsClause(text, start),
    end,
    deadline:
      dateCues.deadlineWord.test(piece.text.slice(0, quick.leadIn)) ||
      dateCues.deadlineCue.test(text.slice(Math.max(0, start - deadlineCueReach), start)) ||
      dateCues.deadlineAfterCue.test(text.slice(end)),
    reading,
  };
}

/** Deadline words at least this many that start a clause say nothing else ("has to be done by"). */
const wordsOfAWholeClauseCue = 3;

/**
 * Where a date's mention starts: from the deadline words before it when they are a clause of
 * their own ("no rush, in 2 wks", "sin prisa, la semana que viene"), or start one and say more
 * than a word or two ("…. necesito q quede listo el martes 3pm"), which then go with the date,
 * out of the description; else the date's own start (a deadline word in the date's clause is cut
 * with it, or stays with the words before it: "the printer broke and I need it").
 */
function withCueStartingItsClause(text: string, start: number): number {
  // "(no rush, in) 2 wks": the recognizer leaves "in" out of a span.
  const at = start - (dateCues.withinAtEnd.exec(text.slice(0, start))?.[0].length ?? 0);
  const from = Math.max(0, at - deadlineCueReach);
  const cue = dateCues.deadlineCue.exec(text.slice(from, at));
  const words = cue?.[0].trim().split(/\s+/u).length ?? 0;
  if (!cue || (!cue[0].includes(',') && words < wordsOfAWholeClauseCue)) return start;
  const cueStart = from + cue.index;
  return /(?:^|[,;:.!?\n])\s*$/u.test(text.slice(0, cueStart)) ? cueStart : start;
}

/**
 * Reads a whole answer as a due date: at once where the answer is a date phrase chrono-node can
 * read alone (`readQuickDueDate`), otherwise by Recognizers-Text (`readDueDateByRecognizer`).
 */
export function parseDueDate(
  text: string,
  context: DueDateContext,
): FieldParse<DueDateReading, DueDateProblem> {
  return readQuickDueDate(text, context) ?? readDueDateByRecognizer(text, context);
}

/**
 * A whole answer that is one date phrase `quickDateReading` reads (a date written out in full, a
 * weekday with a time) or `spokenDateReading` reads (a span, a named day with a time or a part
 * of the day, the end of a week, next week, a day of the month), its casual spellings written
 * out ("tmrw 9a"), read by the house rules; undefined for anything else.
 */
export function readQuickDueDate(
  typed: string,
  context: DueDateContext,
): FieldParse<DueDateReading, DueDateProblem> | undefined {
  const { text } = withDateWordsWrittenOut(typed);
  // A zone named with the time goes the slow way, which reads it in that zone; a date taken
  // back ("Thursday no wait Friday") the way that reads both.
  if (namedTimeZoneIn(text) || dateCues.selfCorrection.test(text)) return undefined;
  const { rules, now } = settingsOf(context);
  const culture = context.culture ?? 'en-us';
  const { reading, spoken } = phraseAloneReading(
    text,
    culture,
    { timeZone: context.timeZone, rules, now, reference: wallClockAsLocalDate(now) },
    false,
  );
  const quick = reading ?? spoken;
  return quick && readingOf([quick], now, rules);
}

/**
 * What a phrase is read against: the person's zone, the rules, their "now", and that wall-clock
 * time as chrono-node takes it (`wallClockAsLocalDate`).
 */
interface PhraseReadingSettings {
  timeZone: string;
  rules: DueDateRules;
  now: DateTime;
  reference: Date;
}

/**
 * A text that is one date phrase (but for words leading into it), read by chrono-node
 * (`quickDateReading`) or the language's grammars (`spokenDateReading`). Next to an end-of-day
 * phrase only the grammars read it (the slow way merges the two). English said in a Spanish
 * conversation ("tmrw 9a", written out "tomorrow 9am"; Spanglish is common) is read in English,
 * day-first as Spanish speakers write dates, when the Spanish grammars do not read it: the
 * Spanish recognizer knows no "tomorrow" and would take only the hour, today.
 */
function phraseAloneReading(
  text: string,
  culture: RecognitionCulture,
  { timeZone, rules, now, reference }: PhraseReadingSettings,
  nearEndOfDay: boolean,
): { reading?: QuickDateReading; spoken?: Candidate } {
  const cultures: RecognitionCulture[] = culture === 'es-es' ? [culture, 'en-gb'] : [culture];
  for (const tried of cultures) {
    const reading = nearEndOfDay
      ? undefined
      : quickDateReading(text.trim(), tried, timeZone, reference);
    if (reading) return { reading };
    const spoken = spokenDateReading(text, tried, now, rules);
    if (spoken) return { spoken };
  }
  return {};
}

/**
 * Reads a whole answer as a due date with Recognizers-Text alone: the first phrase that gives an
 * acceptable date wins; otherwise the reason the first one was refused.
 */
export function readDueDateByRecognizer(
  text: string,
  context: DueDateContext,
): FieldParse<DueDateReading, DueDateProblem> {
  const mentions = findDueDates(text, context);
  return (
    mentions.find((mention) => mention.reading.ok)?.reading ??
    mentions[0]?.reading ??
    refused(noDateProblem(text))
  );
}

/**
 * Why an answer with no date in it is refused: "ASAP", "lo antes posible" is a wish for speed,
 * answered by asking by when at the latest; anything else is no date.
 */
export function noDateProblem(text: string): 'as_soon_as_possible' | 'not_a_date' {
  return dateCues.asSoonAsPossible.test(text) ? 'as_soon_as_possible' : 'not_a_date';
}

/** The rules in force and the user's "now" in their zone. */
function settingsOf(context: DueDateContext): { rules: DueDateRules; now: DateTime } {
  return {
    rules: { ...defaultDueDateRules, ...context.rules },
    now: DateTime.fromJSDate(context.now, { zone: zoneNamed(context.timeZone) }),
  };
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

/**
 * The recognizer reads its reference date through the process's local-time getters, so hand it
 * a Date whose local fields show the user's wall clock, whatever zone the server runs in.
 */
function wallClockAsLocalDate(now: DateTime): Date {
  return new Date(now.year, now.month - 1, now.day, now.hour, now.minute, now.second);
}

/**
 * "Tomorrow at 5" means 17:00 at work, though the recognizer reads 05:00; either way the bot
 * confirms a bare hour.
 */
function withHourRead(candidate: Candidate, phrase: string): Candidate {
  // "5 o'clock", "half past two": an hour without a.m. or p.m., like "at 5".
  const hour = saysHourByClock(phrase)
    ? candidate.at.hour
    : Number(dateCues.bareHour.exec(phrase)?.[1]);
  if (!hour) return candidate;
  const afternoon = hour <= latestAfternoonHour && candidate.at.hour === hour;
  return { at: afternoon ? candidate.at.plus({ hours: 12 }) : candidate.at, ambiguous: true };
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
  const at = DateTime.fromISO(date.trim(), { zone: zoneNamed(context.timeZone) }).set({
    hour,
    minute,
    second: 0,
    millisecond: 0,
  });
  if (!at.isValid) return refused('not_a_date');
  return readingOf([{ at, ambiguous: false }], now, rules);
}
