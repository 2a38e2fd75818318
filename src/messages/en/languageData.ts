import type { LanguageData } from '../languageData.js';
import { englishDateWords } from './dateWords.js';
import { englishIntakeRequestOnly } from './intakeRequestPhrases.js';
import { englishNoPhone } from './noPhonePhrases.js';
import { englishTitleFillers } from './titleFillers.js';

/** What reading English messages needs besides the catalog. */
export const englishLanguageData: LanguageData = {
  dateWords: englishDateWords,
  intakeRequestOnly: englishIntakeRequestOnly,
  noPhone: englishNoPhone,
  titleFillers: englishTitleFillers,
  queueWords: ['queues?'],
};
