import type { TitleFillers } from '../languageData.js';

/** English openers and determiners left out of a suggested case name: "Hi, my printer…". */
export const englishTitleFillers: TitleFillers = {
  openers: ['hi', 'hello', 'hey', 'so', 'well', 'ok', 'okay', 'please'],
  determiners: ['my', 'our', 'the'],
  namingCues: ['call it', 'titled', 'name it', 'call the case'],
  namingLabels: ['title', 'subject', 'case name', 'name'],
  quotedAfter: ['new case', 'new ticket', 'case', 'ticket'],
  dangling: [
    'the',
    ...['a', 'an', 'my', 'our', 'your', 'this', 'that', 'its', "it's"],
    ...['of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'into', 'about'],
    ...['and', 'or', 'but', 'so', 'is', 'are', 'was', 'when', 'if', 'because'],
  ],
};
