import type { RelativeDateWords } from '../languageData.js';

/**
 * A weekday, perhaps with its article, perhaps said to be the coming one: "lunes", "el lunes",
 * "el lunes que viene", "el próximo lunes", "el lunes próximo" (which week is confirmed, as for
 * a bare weekday).
 */
function comingWeekday(day: string): string {
  return `(?:el )?(?:pr[óo]ximo )?${day}(?: que viene| pr[óo]ximo)?`;
}

/**
 * "dentro de dos semanas a las 10", "diez días a partir de hoy", "dentro de una hora y media",
 * "del lunes en ocho días", "mañana 17h", "el viernes me va bien, a las 15h", "fin de la semana
 * que viene", "el día 4".
 */
export const spanishRelativeDateWords: RelativeDateWords = {
  amounts: {
    'una?|uno': 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    quince: 15,
    veinte: 20,
    treinta: 30,
    media: 0.5,
  },
  units: {
    'minutos?': { minutes: 1 },
    'horas?': { minutes: 60 },
    'd[ií]as?': { days: 1 },
    'semanas?': { days: 7 },
    'quincenas?': { days: 15 },
    'mes(?:es)?': { months: 1 },
  },
  andAHalf: ['y media'],
  within: ['dentro de', 'en', 'de aquí a', 'de aqui a'],
  from: ['a partir de', 'después de', 'despues de', 'desde'],
  bases: { ahora: 'now', hoy: 0, 'mañana|manana': 1, 'pasado mañana|pasado manana': 2 },
  weekdays: {
    // "para el mié 2 a las 9": as the days are written short on calendars.
    [comingWeekday('dom(?:ingo)?')]: 0,
    [comingWeekday('lun(?:es)?')]: 1,
    [comingWeekday('mar(?:tes)?')]: 2,
    [comingWeekday('mi[ée](?:rcoles)?')]: 3,
    [comingWeekday('jue(?:ves)?')]: 4,
    [comingWeekday('vie(?:rnes)?')]: 5,
    [comingWeekday('s[áa]b(?:ado)?')]: 6,
  },
  spanAfterDay: {
    lead: ['del', 'de'],
    spans: { 'en ocho(?: d[ií]as)?': { days: 7 }, 'en quince(?: d[ií]as)?': { days: 14 } },
  },
  // "a mediodía": "a" alone before a time said as a word.
  at: ['a las', 'a la', 'a'],
  byTime: ['antes de(?:l| las?)?', 'para las?', 'hasta las?', 'no más tarde de las?'],
  aroundTime: ['sobre las?', 'a eso de las?', 'hacia las?', 'alrededor de las?', 'como a las?'],
  namedTimes: { '(?:el )?mediod[ií]a': 12 },
  // "Tarde" runs into the evening: the evening hour, as Recognizers-Text reads "por la tarde".
  partsOfDay: {
    // "a la mañana", "a la tarde", "de mañana", "de tarde": as said in Argentina and Uruguay
    // ("el lunes de mañana", "mañana de mañana").
    'temprano|(?:por|en|a) la (?:mañana|manana)|de (?:mañana|manana)': 'morning',
    '(?:por|en|a) la (?:tarde|noche)|de (?:tarde|noche)': 'evening',
    'a la hora de (?:comer|almorzar)': 'midday',
  },
  // Said after its lead-ins ("para la", "la"), which are cut first; "en algún momento de la
  // semana que viene", "a principios de la próxima semana": any day of it may be meant.
  nextWeek: [
    '(?:(?:en )?(?:alg[úu]n (?:momento|d[íi]a)|cualquier d[íi]a) de |durante |a principios de |(?:a )?comienzos de )?(?:la )?(?:semana que viene|pr[óo]xima semana|semana (?:pr[óo]xima|siguiente))',
  ],
  dayApprovals: [
    'me (?:va|viene|sirve|parece) bien',
    'est[áa] bien',
    '(?:es )?perfecto',
    'me sirve',
    'vale',
    'mejor',
  ],
  endOfWeek: {
    thisWeek: ['(?:a )?(?:fin(?:al)?|finales) de (?:la|esta) semana'],
    nextWeek: [
      '(?:a )?(?:fin(?:al)?|finales) de la (?:semana que viene|semana pr[óo]xima|pr[óo]xima semana|semana siguiente)',
    ],
  },
  dayOfMonth: { article: ['el'], dayWord: ['d[ií]a'], ordinal: ['º', '°'] },
  dayAfter: {
    article: ['el'],
    day: ['d[ií]a'],
    after: ['siguiente', 'después', 'despues'],
    insteadLead: ['pero', 'mejor', 'm[áa]s temprano', 'm[áa]s tarde', 'antes', 'en vez de eso'],
  },
};
