import type { LanguageData } from '../languageData.js';
import { spanishCasualDateSpellings } from './casualDateSpellings.js';
import { spanishDateWords } from './dateWords.js';
import { spanishIntakeRequestLead, spanishIntakeRequestOnly } from './intakeRequestPhrases.js';
import { spanishNoPhone } from './noPhonePhrases.js';
import { spanishRelativeDateWords } from './relativeDateWords.js';
import { spanishTitleFillers } from './titleFillers.js';

/** What reading Spanish messages needs besides the catalog. */
export const spanishLanguageData: LanguageData = {
  relativeDates: spanishRelativeDateWords,
  dateWords: spanishDateWords,
  casualDateSpellings: spanishCasualDateSpellings,
  intakeRequestOnly: spanishIntakeRequestOnly,
  intakeRequestLead: spanishIntakeRequestLead,
  noPhone: spanishNoPhone,
  titleFillers: spanishTitleFillers,
  contactLabels: [
    'contacto',
    'datos de contacto',
    'correo',
    'e-?mail',
    'mail',
    'tel[eé]fono',
    'tel',
    'tlf',
    'm[oó]vil',
    'cel(?:ular)?',
    'whatsapp',
    'll[aá]mame al',
    'escr[ií]beme a',
  ],
  queueWords: ['colas?'],
};
