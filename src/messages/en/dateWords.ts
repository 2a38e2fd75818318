import type { DateWords } from '../languageData.js';

/** English words around dates: "by Friday", "EOD", "at 5", "5 in the afternoon". */
/** The words that say a date is a deadline, and lead into it: "by Friday", "no later than 5pm". */
const deadlineWords = [
  'by',
  'before',
  'until',
  'till',
  'due',
  'deadline',
  'no later than',
] as const;

export const englishDateWords: DateWords = {
  endOfDay: [
    'eod',
    'cob',
    'eob',
    'close of business',
    'end of (?:the )?(?:business |work(?:ing)? )?day',
  ],
  // What busy people say instead of "by": "need it for Monday 9am", "need a fix in 2 hrs",
  // "no rush, next week", "need first thing Monday"; not "need help", "needs" or a bare "need".
  deadline: [
    ...deadlineWords,
    'need (?:it|this|that|them)(?: (?:fixed|done|sorted|back|working|ready|resolved))?',
    'need (?:a )?fix',
    // Someone to come by then: "need someone in 2 hours", "need a tech tomorrow 9am".
    '(?:need|needs|needed) (?:someone|somebody|a tech|an engineer|a technician|an electrician)(?: (?:here|on ?site|out))?',
    'needed',
    String.raw`need(?=\s+first thing)`,
    'no rush',
    // What is to be done by then: "has to be done Friday 5pm", "it must be ready for Monday".
    '(?:(?:it|this|that) )?(?:has|needs) to be (?:done|ready|fixed)',
    '(?:(?:it|this|that|they) )?(?:have|need) to be (?:done|ready|fixed)',
    '(?:(?:it|this|that|they) )?must be (?:done|ready|fixed)',
  ],
  deadlineAfter: [
    "(?:is|'s|’s) (?:fine|ok(?:ay)?)(?: (?:for me|with me|too))?",
    'works for me',
    'would (?:be fine|work)',
  ],
  selfCorrection: [
    String.raw`no\s*,?\s*wait`,
    String.raw`wait\s*,?\s*no`,
    String.raw`(?:no\s*,?\s*)?sorry\s*,?\s*i\s+mean[t]?`,
    String.raw`no\s*,?\s*sorry`,
    String.raw`i\s+mean[t]?`,
    'or rather',
    'scratch that',
    'make (?:that|it)',
    'actually',
    'oops',
    String.raw`no(?=\s*[,;–—-])`,
  ],
  // "tomorrow is Sunday": not "tomorrow's", which approves ("Friday's fine").
  saidAbout: ['is', 'was', 'will be', 'falls on'],
  // "before (month end close) Dec 15th": an accounting deadline named before its date.
  articles: ['the', '(?:the )?(?:month|quarter|year)[- ]end(?: close)?(?: on)?'],
  beforeBareHour: ['at', 'around'],
  partOfDayAfterHour: ['in the'],
  leadIntoDate: [
    ...deadlineWords,
    'on',
    'at',
    'for',
    '(?:the )?(?:month|quarter|year)[- ]end(?: close)?',
  ],
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
  listPlaces: [
    '(?:the )?(?:first|1st)(?: one)?',
    '(?:the )?(?:second|2nd)(?: one)?',
    '(?:the )?(?:third|3rd)(?: one)?',
  ],
};
