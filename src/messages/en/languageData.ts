import type { LanguageData } from '../languageData.js';
import { englishCasualDateSpellings } from './casualDateSpellings.js';
import { englishDateWords } from './dateWords.js';
import { englishIntakeRequestLead, englishIntakeRequestOnly } from './intakeRequestPhrases.js';
import { englishNoPhone } from './noPhonePhrases.js';
import { englishRelativeDateWords } from './relativeDateWords.js';
import { englishTitleFillers } from './titleFillers.js';

/** What reading English messages needs besides the catalog. */
export const englishLanguageData: LanguageData = {
  relativeDates: englishRelativeDateWords,
  dateWords: englishDateWords,
  casualDateSpellings: englishCasualDateSpellings,
  intakeRequestOnly: englishIntakeRequestOnly,
  intakeRequestLead: englishIntakeRequestLead,
  noPhone: englishNoPhone,
  titleFillers: englishTitleFillers,
  contactLabels: [
    'contact',
    'contact me',
    'contact details',
    'reach me',
    'reach me at',
    'e-?mail',
    'mail',
    'phone',
    'tel',
    'mobile',
    'cell',
    'call me',
    'call me on',
  ],
  queueWords: ['queues?'],
};
