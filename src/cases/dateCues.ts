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
/** Between a deadline word and its date: an article ("by the 15th"), a "first thing". */
const betweenDeadlineAndDate = String.raw`[\s,]*(?:${anyOf('firstThing')}\s+)?${anyOf('articles', String.raw`\s+`)}?`;

/** The words before a time of day, in every language: "at", "by", "around", "a las", "antes de las". */
const timeLeads = alternativesOfEveryLanguage(({ relativeDates }) => [
  ...relativeDates.at,
  ...relativeDates.byTime,
  ...relativeDates.aroundTime,
]);

/** Words after a date that approve it, in every language: "is fine", "works", "me va bien". */
const approvals = alternativesOfEveryLanguage(({ dateWords, relativeDates }) => [
  ...dateWords.deadlineAfter,
  ...relativeDates.dayApprovals,
]);

/**
 * How far before a date the deadline words that lead into it may start ("by the ", "necesitamos
 * que quede funcionando el "): what `deadlineCue` is tried on.
 */
export const deadlineCueReach = 40;

/** The patterns that find what is said around a date, in every language. */
export const dateCues = {
  /** Every end-of-day phrase in a message ("EOD", "fin del día"); global. */
  endOfDayPhrases: new RegExp(endOfDay, 'giu'),
  /** An end-of-day phrase anywhere in a clause. */
  endOfDayWord: new RegExp(endOfDay, 'iu'),
  /**
   * Deadline words just before a date phrase: "by ", "due the ", "para el ", "no rush, ", "need
   * first thing ", "tiene que estar listo para antes del ".
   */
  deadlineCue: new RegExp(
    String.raw`\b${deadline}(?:\s+${deadline}){0,3}${betweenDeadlineAndDate}$`,
    'iu',
  ),
  /** A deadline word anywhere in a clause: the clauses worth reading in free text. */
  deadlineWord: new RegExp(String.raw`\b${deadline}\b`, 'iu'),
  /** A deadline word at the start of a text, with the spaces after it: "need it ", "by ". */
  deadlineAtStart: new RegExp(String.raw`^${deadline}\b\s*`, 'iu'),
  /** Words just after a date phrase that make it a deadline: " is fine", ", me vale". */
  deadlineAfterCue: new RegExp(String.raw`^[\s,]*${anyOf('deadlineAfter')}${wordEnd}`, 'iu'),
  /** Such words ending a text, with the stops after them: " is fine!", ", me vale". */
  deadlineAfterAtEnd: new RegExp(
    String.raw`[\s,]*${wordStart}${anyOf('deadlineAfter')}[\s.!]*$`,
    'iu',
  ),
  /** Such words anywhere in a clause ("in 2 wks is fine"): the clause is worth reading. */
  deadlineAfterWord: new RegExp(String.raw`\b${anyOf('deadlineAfter')}${wordEnd}`, 'iu'),
  /** Every word that takes back the date before it ("no wait", "sorry I mean", "perdón"); global. */
  selfCorrections: new RegExp(`${wordStart}${anyOf('selfCorrection')}${wordEnd}`, 'giu'),
  /** Such a word anywhere in a text. */
  selfCorrection: new RegExp(`${wordStart}${anyOf('selfCorrection')}${wordEnd}`, 'iu'),
  /**
   * Words at the start of a text that tell something about the date before them ("… is Sunday",
   * "… es domingo"), unless they approve it ("… is fine", "… está bien").
   */
  saidAbout: new RegExp(
    String.raw`^[\s,]*(?!${approvals}${wordEnd})${anyOf('saidAbout')}${wordEnd}`,
    'iu',
  ),
  /**
   * What may stand between a date and the time after it, read apart by the recognizer ("12/03
   * by noon", "christmas eve noon", "el 15, a las 12"): nothing but a comma or the words before a
   * time ("at", "by", "around", "a las", "antes de las").
   */
  betweenDateAndTime: new RegExp(String.raw`^[\s,]*(?:${timeLeads}\s+)?$`, 'iu'),
  /**
   * A time said after its lead at the start of a text ("at 3pm", "by noon", "a las 10"): the
   * time of the date before it, in the clause before ("due Dec 3, at 3pm").
   */
  timeLeadAtStart: new RegExp(
    String.raw`^\s*${timeLeads}\s+(?:\d|${alternativesOfEveryLanguage(({ relativeDates }) =>
      Object.keys(relativeDates.namedTimes),
    )})`,
    'iu',
  ),
  /** "in", "within", "dentro de" at the end of a text: before a span the recognizer reads alone. */
  withinAtEnd: new RegExp(
    String.raw`\b${alternativesOfEveryLanguage(({ relativeDates }) => relativeDates.within)}\s+$`,
    'iu',
  ),
  /** Such a word at the end of a text, perhaps with a stop after it ("…, no wait, "). */
  selfCorrectionAtEnd: new RegExp(
    String.raw`${wordStart}${anyOf('selfCorrection')}[\s,;:.!–—-]*$`,
    'iu',
  ),
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
  /** Such words ending a text, perhaps with a word after: "first thing (on) ", "a primera hora del ". */
  firstThingBefore: new RegExp(String.raw`\b${anyOf('firstThing')}(?:\s+\p{L}+)?[\s,]*$`, 'iu'),
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
