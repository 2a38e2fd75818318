import type { Messages } from '../messages.js';

/** English words that name each field in "change the phone to …". */
export const englishFieldWords: Messages['fieldWords'] = {
  name: ['name', 'title', 'case name', 'subject'],
  description: ['description', 'details', 'problem', 'desc'],
  email: ['e-mail', 'email', 'mail', 'email address', 'e-mail address', 'address'],
  phone: ['phone', 'phone number', 'number', 'telephone', 'mobile', 'cell'],
  dueDate: ['due date', 'date', 'deadline', 'due', 'time', 'due time'],
};

/** "change the phone to …" in English, with named groups `field` and `value`. */
export const englishChangePattern =
  /^(?:please\s+)?(?:change|set|update|make|correct|fix)\s+(?:the\s+|my\s+)?(?<field>[\w\s-]+?)\s+(?:to|into|:|=)\s+(?<value>.+)$/is;
