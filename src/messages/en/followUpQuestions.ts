/**
 * A question about a case already opened, as `foldedWords` leaves it (lower-case, no
 * apostrophes, "u" as "you"): "whats the status on that?", "when will someone call me?", "is it
 * with someone already?", "how long does it usually take?", "whats the case number again?".
 */
export const englishFollowUpQuestion = new RegExp(
  [
    'status',
    'when will',
    'how long',
    'is it (?:with|assigned|created|done|logged|in)',
    'has it been',
    'did it (?:go through|work)',
    'will (?:someone|somebody|anyone|they|you) (?:call|contact|email|get back|reach|look)',
    'who (?:is|s|will be) (?:working on|handling|looking at|dealing with)',
    'who (?:did it go to|got it|has it|is it with|s it with|is it assigned to)',
    '(?:where|how) (?:can|do) i (?:see|check|track|follow)',
    '(?:case|ticket|reference) (?:number|id|no|ref)',
    'whats (?:my|the) (?:case|ticket|reference)',
    '(?:will|do) i get (?:an? )?(?:email|update|call|notification)',
  ]
    .map((question) => String.raw`\b${question}\b`)
    .join('|'),
  'u',
);
