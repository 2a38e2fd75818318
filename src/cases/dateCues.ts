import type { DateWords } from '../messages/languageData.js';
import { alternativesOfEveryLanguage } from '../messages/languages.js';

/**
 * A pattern matching any of the words of one kind (`DateWords`) of every language. The words of
 * every language are looked for in every conversation, whatever its culture: people type in
 * another language than their client's ("please fix by 3pm EOD" from a Spanish Teams), and a
 * deadline said that way has always been read.
 */
const anyOf = (kind: keyof DateWords, followedBy = '') =>
  alternativesOfEveryLanguage(({ dateWords }) => dateWords[kind].map((word) => word + followedBy));

/** Clock notation after an hour that says it is not bare, in any language: "5:30", "5pm", "17h". */
const clockNotation = String.raw`[:.]\d|am\b|pm\b|a\.m|p\.m|h\b`;
/** Word edges that know letters beyond a–z (`\b` does not: "a última hora"). */
const wordStart = String.raw`(?<![\p{L}\p{N}_])`;
const wordEnd = String.raw`(?![\p{L}\p{N}_])`;
const endOfDay = `${wordStart}${anyOf('endOfDay')}${wordEnd}`;
const deadline = anyOf('deadline');

/** The patterns that find what is said around a date, in every language. */
export const dateCues = {
  /** Every end-of-day phrase in a message ("EOD", "fin del día"); global. */
  endOfDayPhrases: new RegExp(endOfDay, 'giu'),
  /** An end-of-day phrase anywhere in a clause. */
  endOfDayWord: new RegExp(endOfDay, 'iu'),
  /** A deadline word just before a date phrase: "by ", "due the ", "para el ". */
  deadlineCue: new RegExp(
    String.raw`\b${deadline}\s*${anyOf('articles', String.raw`\s+`)}?$`,
    'iu',
  ),
  /** A deadline word anywhere in a clause: the clauses worth reading in free text. */
  deadlineWord: new RegExp(String.raw`\b${deadline}\b`, 'iu'),
  /** An hour without am/pm, minutes or part of the day ("at 5", "a las 5"); captures the hour. */
  bareHour: new RegExp(
    String.raw`\b${anyOf('beforeBareHour')}\s+(\d{1,2})\b(?!\s*(?:${clockNotation}|${anyOf('partOfDayAfterHour')}))`,
    'iu',
  ),
  /** "This" before a weekday ("this Friday", "este viernes"): the coming one, even on a weekend. */
  thisBeforeWeekday: new RegExp(String.raw`\b${anyOf('thisBeforeWeekday')}`, 'giu'),
  /** An hour said without a.m. or p.m.: "5 o'clock", "half past two", "y media". */
  clockPhrase: new RegExp(String.raw`(?<![\p{L}])${anyOf('clockPhrases')}(?![\p{L}])`, 'iu'),
  /** A.m. or p.m. written with an hour. */
  meridiem: /\b(?:[ap]\.?m\.?|noon|midnight|mediod[ií]a|medianoche)\b|\d\s*[ap]\.?m\b/iu,
  /** The start of the working day: "first thing", "a primera hora". */
  firstThing: new RegExp(String.raw`\b${anyOf('firstThing')}\b`, 'iu'),
  /** A word that makes a weekday relative: "next", "last", "próximo". */
  weekdayModifier: new RegExp(String.raw`\b${anyOf('weekdayModifiers')}\b`, 'iu'),
  /** The words leading into a date at the start of a phrase: "by …", "para …". */
  leadInAtStart: new RegExp(String.raw`^(?:${anyOf('leadIntoDate')}\s+)+`, 'iu'),
  /** A wish for speed rather than a date: "ASAP", "lo antes posible". */
  asSoonAsPossible: new RegExp(`${wordStart}${anyOf('asSoonAsPossible')}${wordEnd}`, 'iu'),
  /** The words leading into a date at the end of a text: "… by the", "… para el". */
  leadInBeforeDate: new RegExp(String.raw`(?:\b${anyOf('leadIntoDate')}\s*)+$`, 'iu'),
};

/** An hour said by the clock without a.m. or p.m. ("5 o'clock", "half past two"): a bare hour. */
export function saysHourByClock(phrase: string): boolean {
  return dateCues.clockPhrase.test(phrase) && !dateCues.meridiem.test(phrase);
}
