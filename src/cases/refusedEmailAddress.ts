import { isRealDomainEnding } from './domainEnding.js';
import { type EmailProblem, localPartCharacter, parseEmailAddress } from './emailAddress.js';

/** An address in a message that cannot be taken as written: where it stands, and why. */
export interface RefusedEmailMention {
  start: number;
  /** Exclusive. */
  end: number;
  problem: EmailProblem;
}

/**
 * A word shaped like an address, in letters of any script: a local part, an "@", and a domain
 * whose parts are parted by dots or commas ("müller@beispiel.de", "ann@contoso,com",
 * "o’neill@contoso.ie").
 */
const addressShaped = new RegExp(
  String.raw`(?<!${localPartCharacter})${localPartCharacter}+@(?:[\p{L}\p{M}\p{N}-]+[.,])+(?<ending>[\p{L}\p{M}]{2,})(?![\p{L}\p{M}\p{N}])`,
  'gu',
);

/** What is wrong with a plain address as written, told rather than passed over in silence. */
const toldInFreeText: readonly EmailProblem[] = ['non_ascii', 'comma_in_domain'];

/**
 * Finds an e-mail address in free text that is refused for a reason worth telling, as it would
 * be typed alone: letters beyond ASCII ("reach me at müller@beispiel.de"), or a comma for a dot
 * ("ann@contoso,com"). Only a word with a real ending counts: "root@server01" or "meet@home,then"
 * is no address.
 */
export function findRefusedEmailAddress(text: string): RefusedEmailMention | undefined {
  for (const match of text.matchAll(addressShaped)) {
    if (!isRealDomainEnding(match.groups?.ending?.toLowerCase() ?? '')) continue;
    const parsed = parseEmailAddress(match[0]);
    if (!parsed.ok && toldInFreeText.includes(parsed.problem))
      return { start: match.index, end: match.index + match[0].length, problem: parsed.problem };
  }
  return undefined;
}
