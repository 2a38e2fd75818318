import type { CorrectionWords } from '../messages.js';

/** How English speakers say a value is wrong, and lead into a better one. */
export const englishCorrectionWords: CorrectionWords = {
  wrongValue: [
    'wrong',
    'incorrect',
    'not right',
    'not correct',
    'off',
    'typo',
    'mistake',
    'fix',
    'edit',
    'change',
    'update',
    'modify',
  ],
  leads: [
    'call it',
    'name it',
    'no',
    'nope',
    'wait',
    'hang on',
    'actually',
    'sorry',
    'oops',
    'make it',
    'make that',
    'change it to',
    'rather',
    'instead',
    'better',
    'let us say',
    "let's say",
    'lets say',
  ],
};
