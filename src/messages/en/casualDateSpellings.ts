import type { CasualSpellings } from '../languageData.js';

/** English date words as busy people type them: "tmrw 9a", "next wk", "b4 fri", "xmas eve". */
export const englishCasualDateSpellings: CasualSpellings = {
  'tmrw|tmw|tmr|tmrow|tmoro|tmorrow|2moro|2morrow|2mrw|tomoz|tomorow|tommorow|tommorrow':
    'tomorrow',
  tdy: 'today',
  'tonite|2nite': 'tonight',
  wk: 'week',
  wks: 'weeks',
  nxt: 'next',
  eow: 'end of the week',
  b4: 'before',
  'x-?mas': 'christmas',
  // "9a", "3p": a.m. and p.m. in one letter, right after the hour.
  '(?<=\\d)a': 'am',
  '(?<=\\d)p': 'pm',
};
