import {
  type CountryCode,
  findPhoneNumbersInText,
  getExampleNumber,
  type PhoneNumber,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { keepInternationalForm, keptInternationalForm } from './internationalForms.js';
import { withInternationalPlus } from './internationalPrefix.js';
import { withLoneShortNumbersBlanked } from './loneShortNumbers.js';
import { accepted, type FieldParse, refused } from './parseOutcome.js';
import { withoutRetiredPrefixes } from './retiredDialingPrefixes.js';

/** Why a phone number was refused; each has its own hint for the user. */
export type PhoneProblem =
  | 'empty'
  | 'not_a_number'
  | 'too_short'
  | 'too_long'
  | 'unknown_country'
  | 'invalid';

/** Where a phone number stands in a message, and the number as the API receives it. */
export interface PhoneMention {
  start: number;
  /** Exclusive. */
  end: number;
  number: string;
}

/**
 * A number as the case API receives it: E.164, with an extension in the RFC 3966 form when
 * there is one ("+14155550100;ext=204"). How people read it is kept, for showing it.
 */
function apiForm(phone: PhoneNumber): string {
  const form = phone.ext ? `${phone.number};ext=${phone.ext}` : phone.number;
  keepInternationalForm(form, phone);
  return form;
}

/**
 * Reads a phone number written the way people write them ("+44 20 7946 0018",
 * "(415) 555-0100 x204"). Numbers without a country code are read in `defaultRegion`.
 */
export function parsePhoneNumber(
  text: string,
  defaultRegion: string,
): FieldParse<string, PhoneProblem> {
  // "+1 415 555 0100 ext" with no extension after it is the number alone.
  const candidate = dialledFrom(text, defaultRegion)
    .trim()
    .replace(/[\s,;]*(?:ext\.?|extension|x)$/iu, '');
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
  return accepted(apiForm(phone));
}

/** Finds valid phone numbers in free text ("…reach me at +44 20 7946 0018 or …"). */
export function findPhoneNumbers(text: string, defaultRegion: string): PhoneMention[] {
  const dialled = withLoneShortNumbersBlanked(dialledFrom(text, defaultRegion));
  return findPhoneNumbersInText(dialled, defaultRegion as CountryCode).map((found) => ({
    start: found.startsAt,
    end: found.endsAt,
    number: apiForm(found.number),
  }));
}

/**
 * A text with its numbers as they are dialled today from `region`: retired prefixes left out,
 * and the prefix that dials abroad ("00", Australia's "0011") written as "+".
 */
function dialledFrom(text: string, region: string): string {
  return withInternationalPlus(withoutRetiredPrefixes(text, region), region);
}

/** A number as people read it: "+44 20 7946 0018", "+1 415 555 0100 ext. 204". */
export function formatPhoneNumber(apiNumber: string): string {
  const kept = keptInternationalForm(apiNumber);
  if (kept !== undefined) return kept;
  const phone = parsePhoneNumberFromString(apiNumber.replace(';ext=', ' ext. '));
  if (!phone) return apiNumber;
  keepInternationalForm(apiNumber, phone);
  return phone.formatInternational();
}

/** Examples by region, made once each: there are about 250 regions, and every turn asks. */
const examplesByRegion = new Map<string, { international: string; national: string }>();

/** A valid mobile number of a country, written both ways, to show in hints. */
export function examplePhoneNumber(region: string): { international: string; national: string } {
  const known = examplesByRegion.get(region);
  if (known) return known;
  const own = getExampleNumber(region as CountryCode, examples);
  const example = own ?? getExampleNumber('GB', examples);
  const written = {
    international: example?.formatInternational() ?? '+44 7400 123456',
    national: example?.formatNational() ?? '07400 123456',
  };
  // Only regions libphonenumber knows are kept, so the map cannot grow past them.
  if (own) examplesByRegion.set(region, written);
  return written;
}
