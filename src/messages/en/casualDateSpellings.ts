import type { CasualSpellings } from '../languageData.js';

/**
 * English date words as busy people type them, and as some places say them: "tmrw 9a", "next
 * wk", "b4 fri", "xmas eve", "half 9" (British: half past nine), "arvo" (Australian: afternoon).
 */
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
  // "at half 9": half past, only before an hour alone ("half 3pm" and "half 2.5" stay as typed).
  'half(?=\\s+(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\\p{L}\\p{N}:.]))':
    'half past',
  arvo: 'afternoon',
  'mornng|mornin|mornign|morng': 'morning',
  'aftn|afternon|afternoom': 'afternoon',
  // "9a", "3p": a.m. and p.m. in one letter, right after the hour.
  '(?<=\\d)a': 'am',
  '(?<=\\d)p': 'pm',
};
