import type { RelativeDateWords } from '../languageData.js';

/**
 * "two weeks from Tuesday at 11", "ten days from now at 3pm", "in an hour and a half", "a week on
 * Monday", "Wednesday week", "Friday works, 3pm", "end of next week", "on the 4th".
 */
export const englishRelativeDateWords: RelativeDateWords = {
  amounts: {
    'an?': 1,
    one: 1,
    'a couple of': 2,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    forty: 40,
    'forty-five': 45,
    'half an?': 0.5,
  },
  units: {
    'minutes?|mins?': { minutes: 1 },
    'hours?|hrs?': { minutes: 60 },
    'days?': { days: 1 },
    'weeks?': { days: 7 },
    'fortnights?': { days: 14 },
    'months?': { months: 1 },
  },
  andAHalf: ['and a half'],
  within: ['in', 'within'],
  from: ['from', 'after', 'on'],
  bases: { now: 'now', today: 0, tomorrow: 1, '(?:the )?day after tomorrow': 2 },
  weekdays: {
    'sun(?:day)?': 0,
    'mon(?:day)?': 1,
    'tue(?:s|sday)?': 2,
    'wed(?:s|nesday)?': 3,
    'thu(?:r|rs|rsday)?': 4,
    'fri(?:day)?': 5,
    'sat(?:urday)?': 6,
  },
  spanAfterDay: { lead: [], spans: { week: { days: 7 }, fortnight: { days: 14 } } },
  at: ['at'],
  byTime: ['by', 'before', 'no later than'],
  aroundTime: ['(?:at )?around', '(?:at )?about', 'approx(?:imately)?', 'roughly'],
  namedTimes: { 'noon|midday': 12 },
  partsOfDay: {
    'am|a\\.m|(?:in the )?morning': 'morning',
    'pm|p\\.m|(?:in the )?afternoon': 'afternoon',
    '(?:in the )?evening|(?:at )?night': 'evening',
    '(?:at |around )?lunch(?:time)?': 'midday',
  },
  // "sometime next week", "early next week": any day of it may be meant, as said alone.
  nextWeek: [
    '(?:(?:some ?time|any ?time|some day|any day|early|during|in) )?next week',
    '(?:(?:some ?time|any ?time|early|during|in) )?(?:the )?(?:following|coming) week',
  ],
  dayApprovals: [
    'works(?: for me)?',
    "(?:is|'s|’s) (?:fine|good|great|ok(?:ay)?|best|perfect)(?: for me)?",
    'suits(?: me)?',
    'would (?:work|be (?:fine|good|great))',
    'sounds good',
  ],
  endOfWeek: {
    thisWeek: ['(?:the )?end of (?:the |this )?week'],
    nextWeek: ['(?:the )?end of (?:next|the next|the following|the coming) week'],
  },
  dayOfMonth: { article: ['the'], dayWord: [], ordinal: ['st', 'nd', 'rd', 'th'] },
  dayAfter: {
    article: ['the'],
    day: ['day'],
    after: ['after', 'following'],
    insteadLead: ['but', 'earlier', 'later', 'rather', 'instead', 'better', 'make it', 'actually'],
  },
};
