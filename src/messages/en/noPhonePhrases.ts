/** What may come before it: "sorry, …", "well …", "nah …". */
const lead = String.raw`(?:(?:sorry|well|um|oh|ah|nah)[,\s]+)?`;

/** Whose phone or what kind: "work phone", "desk phone", "mobile number". */
const kind = String.raw`(?:(?:work|office|desk|business|company|personal|mobile|cell)\s+)?`;

/** A phone in other words: "phone number", "mobile", "landline". */
const phone = String.raw`(?:phone(?:\s+number)?|telephone|mobile(?:\s+number)?|cell\s*phone|cell|landline|number)`;

/** That there is no phone: "I don't have a work phone", "I haven't got one", "no desk phone". */
const noPhone = [
  String.raw`(?:i\s+)?(?:do\s*n[o'’]?t|dont)\s+have\s+(?:a\s+|any\s+)?(?:${kind}${phone}|one)`,
  String.raw`i\s+have\s+no\s+${kind}${phone}`,
  String.raw`i\s+haven[o'’]?t\s+got\s+(?:a\s+|any\s+)?(?:${kind}${phone}|one)`,
  String.raw`no\s+${kind}${phone}`,
  'none',
  'n/a',
].join('|');

/** That e-mail will do instead: "just email me", "email is better", "by e-mail only". */
const emailInstead = [
  String.raw`(?:(?:just|only|please)\s+)?e-?mail\s+me(?:\s+instead)?`,
  String.raw`e-?mail(?:\s+is|'s)?\s+(?:better|best|fine|easier|preferred|ok|okay|enough)`,
  String.raw`(?:just\s+|only\s+)?(?:by|via|over)\s+e-?mail(?:\s+only)?`,
  String.raw`e-?mail\s+only`,
  String.raw`(?:please\s+)?(?:use|contact\s+me\s+(?:by|via|on|at))\s+(?:my\s+)?e-?mail(?:\s+instead)?`,
].join('|');

/** Between the two: ", ", " so ", " - just". */
const between = String.raw`(?:[\s,;.!–—-]+(?:so|but|and)?\s*)`;

/**
 * An English message that says there is no phone, or that e-mail is how to reach them: "I don't
 * have a phone", "dont have one", "no work phone", "i dont have a work phone, just email me",
 * "email is better", "none".
 */
export const englishNoPhone = new RegExp(
  String.raw`^${lead}(?:(?:${noPhone})(?:${between}(?:${emailInstead}))?|${emailInstead})(?:[,\s]+(?:sorry|please|pls|thanks))?[\s.!]*$`,
  'i',
);
