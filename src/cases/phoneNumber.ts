import {
  type CountryCode,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
import { accepted, type FieldParse, refused } from './fieldParse.js';

/** Why a phone number was refused; each has its own hint for the user. */
export type PhoneProblem =
  | 'empty'
  | 'not_a_number'
  | 'too_short'
  | 'too_long'
  | 'unknown_country'
  | 'invalid';

/**
 * Reads a phone number written the way people write them ("+44 20 7946 0018", "(415) 555-0100")
 * and returns it in E.164. Numbers without a country code are read in `defaultRegion`.
 */
export function parsePhoneNumber(
  text: string,
  defaultRegion: string,
): FieldParse<string, PhoneProblem> {
  const candidate = text.trim();
  if (candidate === '') return refused('empty');
  if (!/\d/.test(candidate)) return refused('not_a_number');
  const region = defaultRegion as CountryCode;
  const lengthProblem = validatePhoneNumberLength(candidate, region);
  switch (lengthProblem) {
    case 'TOO_SHORT':
    case 'INVALID_LENGTH':
      return refused('too_short');
    case 'TOO_LONG':
      return refused('too_long');
    case 'INVALID_COUNTRY':
      return refused('unknown_country');
    case 'NOT_A_NUMBER':
      return refused('not_a_number');
  }
  const phone = parsePhoneNumberFromString(candidate, region);
  if (!phone?.isValid()) return refused('invalid');
  return accepted(phone.number);
}

/** An E.164 number the way people read it: "+44 20 7946 0018". */
export function formatPhoneNumber(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
