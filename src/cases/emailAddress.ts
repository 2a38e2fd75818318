import { SequenceRecognizer } from '@microsoft/recognizers-text-sequence';
import { z } from 'zod';
import { accepted, type FieldParse, refused } from './parseOutcome.js';
import type { RecognitionCulture } from './recognitionCulture.js';

/** Why an e-mail address was refused; each has its own hint for the user. */
export type EmailProblem =
  | 'empty'
  | 'missing_at'
  | 'has_spaces'
  | 'too_long'
  | 'missing_domain'
  /** A domain name with no ending ("ann@contoso", where "contoso.com" was meant). */
  | 'missing_top_level_domain'
  /** Letters beyond plain ASCII ("müller@…", "josé@…"), which not every mail system delivers to. */
  | 'non_ascii'
  /** A comma where a dot belongs after the "@" ("ann@contoso,com"). */
  | 'comma_in_domain'
  | 'malformed';

const emailSchema = z.email();

/** RFC 5321 (4.5.3.1): at most 64 octets before the "@" and 254 in all; longer cannot be delivered. */
export const maxEmailLocalPartLength = 64;
/** RFC 5321's limit on a whole address, in octets: its 256-octet path less the angle brackets. */
export const maxEmailAddressLength = 254;

/**
 * Reads an e-mail address. Accepts the address alone, in angle brackets or as a mailto: link;
 * lower-cases the domain (the local part is case-sensitive by the RFC, so it is kept).
 */
export function parseEmailAddress(text: string): FieldParse<string, EmailProblem> {
  const candidate = text
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .replace(/[.,;]$/, '');
  if (candidate === '') return refused('empty');
  if (!candidate.includes('@')) return refused('missing_at');
  if (/\s/.test(candidate)) return refused('has_spaces');
  const at = candidate.lastIndexOf('@');
  if (
    octets(candidate) > maxEmailAddressLength ||
    octets(candidate.slice(0, at)) > maxEmailLocalPartLength
  )
    return refused('too_long');
  const address = `${candidate.slice(0, at)}@${candidate.slice(at + 1).toLowerCase()}`;
  if (emailSchema.safeParse(address).success) return accepted(address);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, on purpose.
  if (/[^\u0000-\u007f]/.test(address)) return refused('non_ascii');
  const domain = address.slice(at + 1);
  const withDots = `${address.slice(0, at)}@${domain.replaceAll(',', '.')}`;
  if (domain.includes(',') && emailSchema.safeParse(withDots).success)
    return refused('comma_in_domain');
  return refused(domainProblem(domain));
}

/**
 * What is wrong with an address that failed the check, judged by its (lower-cased) domain: none
 * at all, one name with no ending ("contoso", a domain name but no top-level domain), or a domain
 * that looks whole, so the fault is elsewhere.
 */
function domainProblem(domain: string): EmailProblem {
  if (/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(domain)) return 'missing_top_level_domain';
  return /^[^@]+\.[^@.]+$/.test(domain) ? 'malformed' : 'missing_domain';
}

/** The RFC counts octets: a non-ASCII character takes more than one. */
function octets(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Where an e-mail address stands in a message, and the address. */
export interface EmailMention {
  start: number;
  /** Exclusive. */
  end: number;
  address: string;
}

/**
 * Finds the e-mail addresses in free text with the Recognizers-Text sequence recognizer. Its
 * pattern holds no space and needs an "@": it is given the stretch from the first word with one
 * to the last, not the whole text (where it cost a long message a tenth of a millisecond).
 */
export function findEmailAddresses(text: string, culture: RecognitionCulture): EmailMention[] {
  const from = text.lastIndexOf(' ', text.indexOf('@')) + 1;
  const to = text.indexOf(' ', text.lastIndexOf('@'));
  const stretch = text.slice(from, to < 0 ? undefined : to);
  return emailModelOf(culture)
    .parse(stretch)
    .flatMap((result) => {
      // The recognizer starts an address at its first ASCII letter ("müller@…" → "ller@…"), and
      // after an apostrophe ("o'neill@…" → "neill@…"): the address is read from where its word
      // really starts, and refused whole if it must be.
      const start = wordStart(text, from + result.start);
      const end = from + result.end + 1;
      const parsed = parseEmailAddress(text.slice(start, end));
      return parsed.ok ? [{ start, end, address: parsed.value }] : [];
    });
}

/**
 * The recognizer's e-mail model for a culture, made once: `recognizeEmail` makes a recognizer and
 * its models on each call, which cost more than reading the text.
 */
const emailModels = new Map<RecognitionCulture, ReturnType<SequenceRecognizer['getEmailModel']>>();

function emailModelOf(culture: RecognitionCulture) {
  const known = emailModels.get(culture);
  if (known) return known;
  const model = new SequenceRecognizer(culture).getEmailModel();
  emailModels.set(culture, model);
  return model;
}

/**
 * What may stand in the local part of an address besides letters and digits of any script
 * (refused later if not ASCII): . _ % + - and the RFC 5322 atext that real addresses hold, the
 * apostrophe ("o'neill", and the typographic one phones type for it, "o’neill") and "&". The
 * rest of atext (! # $ * / = ? ^ ` { | } ~) hardly stands in an address, and in a message marks
 * or parts words ("**ann@…**", "ann/bob@…"). One character, as a character class.
 */
export const localPartCharacter = String.raw`[\p{L}\p{M}\p{N}._%+'’&-]`;

const inLocalPart = new RegExp(localPartCharacter, 'u');
/** A quote mark before an address quotes it ("'ann@contoso.com'"): it is no part of it. */
const quoteMark = /['’]/u;

/**
 * Where the word holding `index` starts, by `localPartCharacter`: "alfie.o'neill@…" is read
 * whole, where the recognizer starts at "neill@…". Quote marks before it are left out.
 */
function wordStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && inLocalPart.test(text.charAt(start - 1))) start -= 1;
  while (start < index && quoteMark.test(text.charAt(start))) start += 1;
  return start;
}
