import type { CasualSpellings } from '../languageData.js';

/** Spanish date words as people type them in a hurry: "la semana q viene", "x la tarde", "pa hoy". */
export const spanishCasualDateSpellings: CasualSpellings = {
  q: 'que',
  // "x la mañana": "por" only before an article, so that "3 x 2" stays as it is.
  'x(?=\\s+(?:la|el|las|los)\\s)': 'por',
  // "pa hoy", "pa el lunes": "para" only before a date, so that "PA 5" stays as it is.
  'pa(?=\\s+(?:hoy|mañana|manana|pasado|el|la|las|antes|este|esta|fin|finales)(?!\\p{L}))': 'para',
  'mñn|mñna': 'mañana',
  // "el lunes alas 10": "a las" run together, only before an hour.
  'alas(?=\\s+\\d)': 'a las',
  // "las 10 del jueves" said first: the hour, as "a las 10".
  '(?<=^\\s*)las(?=\\s+\\d)': 'a las',
  // "ya es tarde, el lunes a las 12": that it is late now says no date.
  'ya\\s+es\\s+(?:muy\\s+)?tarde(?!\\p{L})': 'ya',
  // "a las 18 hs" (Argentina, Uruguay): hours.
  '(?<=\\d\\s?)hs': 'h',
};
