import type { DateWords } from '../languageData.js';

/** English words around dates: "by Friday", "EOD", "at 5", "5 in the afternoon". */
export const englishDateWords: DateWords = {
  endOfDay: [
    'eod',
    'cob',
    'eob',
    'close of business',
    'end of (?:the )?(?:business |work(?:ing)? )?day',
  ],
  deadline: ['by', 'before', 'until', 'till', 'due', 'deadline', 'no later than'],
  articles: ['the'],
  beforeBareHour: ['at', 'around'],
  partOfDayAfterHour: ['in the'],
  leadIntoDate: ['by', 'before', 'until', 'till', 'due', 'deadline', 'on', 'at', 'for'],
  weekdayModifiers: ['next', 'this', 'last', 'coming', 'following', 'past', 'previous'],
  thisBeforeWeekday: [String.raw`this(?=\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)`],
  firstThing: ['first thing', 'first thing in the morning', 'at the start of the day'],
  clockPhrases: ["o'clock", 'oclock', 'half past', 'quarter past', 'quarter to'],
  asSoonAsPossible: [
    'asap',
    String.raw`a\.s\.a\.p\.?`,
    'as soon as (?:possible|you can)',
    '(?:right|straight) away',
  ],
};
