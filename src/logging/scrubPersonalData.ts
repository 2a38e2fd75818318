/** How much of a scrubbed text a log line keeps: enough to recognise an error, not a document. */
export const maxScrubbedLength = 200;

/** Text longer than this is cut before scrubbing, so a huge body costs little; the cap cuts it anyway. */
const maxScannedLength = 4 * maxScrubbedLength;

const emailAddress = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+/g;
/** Five digits or more, alone or in groups (phone numbers, account and card numbers, dates). */
const digitRun = /\+?\(?\d(?:[\s().-]{0,2}\d){4,}/g;

/**
 * Text from outside (the case API's error message) made fit for a log line: e-mail addresses and
 * phone-like digit runs replaced, line breaks folded, at most `maxScrubbedLength` characters.
 */
export function scrubPersonalData(text: string): string {
  const scrubbed = text
    .slice(0, maxScannedLength)
    .replace(emailAddress, '[email]')
    .replace(digitRun, '[number]')
    .replace(/\s+/g, ' ')
    .trim();
  return scrubbed.length > maxScrubbedLength
    ? `${scrubbed.slice(0, maxScrubbedLength - 1)}…`
    : scrubbed;
}
