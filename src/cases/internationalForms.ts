import type { PhoneNumber } from 'libphonenumber-js/max';

/** How many numbers are kept: a few for each conversation in flight. */
const mostKept = 1_000;

/** Numbers as the case API receives them, with how people read them ("+44 20 7946 0018"). */
const kept = new Map<string, string>();

/**
 * Keeps how a number just read is written for people, so that showing it in the same turn, or at
 * the summary after, does not parse it again (a tenth of a long message's CPU). The oldest go
 * first.
 */
export function keepInternationalForm(apiNumber: string, phone: PhoneNumber): void {
  if (kept.has(apiNumber)) return;
  if (kept.size >= mostKept) kept.delete(kept.keys().next().value as string);
  kept.set(apiNumber, phone.formatInternational());
}

/** How a number read lately is written for people, if it is still kept. */
export function keptInternationalForm(apiNumber: string): string | undefined {
  return kept.get(apiNumber);
}
