import type { Messages } from '../messages.js';
import { phraseAlternatives } from '../phraseAlternatives.js';

/** English words that name each field in "change the phone to …". */
export const englishFieldWords: Messages['fieldWords'] = {
  name: ['name', 'title', 'case name', 'subject'],
  description: ['description', 'details', 'problem', 'desc'],
  email: ['e-mail', 'email', 'mail', 'email address', 'e-mail address', 'address', '@', 'at sign'],
  phone: ['phone', 'phone number', 'number', 'telephone', 'tel', 'mobile', 'cell'],
  dueDate: ['due date', 'date', 'deadline', 'due', 'time', 'due time'],
};

/**
 * The words of the fields whose value shows what it is (an address, a number, a date), so that
 * "make the due date Dec 4th 5pm" needs no "to".
 */
const fieldsThatShowTheirValue = phraseAlternatives([
  ...englishFieldWords.email,
  ...englishFieldWords.phone,
  ...englishFieldWords.dueDate,
]);

/**
 * The ways to change a field in English: "change the phone to …", "move the deadline to …",
 * "rename it to …".
 */
export const englishChangePatterns: Messages['changePatterns'] = [
  {
    pattern:
      /^(?:please\s+)?(?:change|set|update|make|correct|fix)\s+(?:the\s+|my\s+)?(?<field>[\w\s-]+?)\s+(?:to|into|:|=)\s+(?<value>.+)$/is,
  },
  {
    pattern:
      /^(?:(?:please|actually|ok|okay|sorry)[,\s]+)?(?:can you\s+|could you\s+)?(?:move|push|shift|bring|put)\s+(?:back\s+|forward\s+)?(?:the\s+|my\s+)?(?<field>due date|deadline|date|due time|time)\s+(?:back\s+|forward\s+)?(?:to|until|till)\s+(?<value>.+)$/is,
  },
  {
    pattern:
      /^(?:(?:please|actually|ok|okay|sorry)[,\s]+)?(?:can you\s+|could you\s+)?(?:move|push|shift|postpone|put)\s+it\s+(?:back\s+|off\s+)?(?:to|until|till)\s+(?<value>.+)$/is,
    field: 'dueDate',
  },
  {
    pattern:
      /^(?:actually|sorry|oops|wait|no)[,\s]+(?:the\s+|my\s+)?(?<field>[\w\s-]+?)\s+(?:is|should be|must be|needs to be)\s+(?<value>.+)$/is,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:please\s+)?(?:set|make|change|update|put)\s+(?:the\s+|my\s+)?(?<field>${fieldsThatShowTheirValue})\s+(?:(?:as|for|on)\s+)?(?<value>.+)$`,
      'is',
    ),
    onlyWhenValueReads: true,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:(?:ok|okay|so|and|oh)[,\s]+)?(?:the\s+|my\s+)?(?<field>${fieldsThatShowTheirValue})\s+(?:should be|must be|needs to be|has to be|ought to be)\s+(?<value>.+)$`,
      'is',
    ),
    onlyWhenValueReads: true,
  },
  {
    pattern:
      /^(?:(?:ok|okay|so|and|oh)[,\s]+)?(?:the\s+|my\s+)?(?:case\s+)?(?:name|title)\s+(?:should be|must be|needs to be|has to be|ought to be)\s+(?<value>.+)$/is,
    field: 'name',
    notWhereFreeTextIsAsked: true,
  },
  {
    pattern:
      /^(?:rename|retitle|call|name)\s+(?:it|this|the case|this case|the ticket)\s+(?:to\s+|as\s+)?(?<value>.+)$/is,
    field: 'name',
    notWhereFreeTextIsAsked: true,
  },
];
