import { dateCues } from './dateCues.js';
import type { Span } from './textSpans.js';

/**
 * How much may stand between a value and the one that takes its place, words that take it back
 * among it (", no sorry, I meant to type "): beyond it, two values are two values.
 */
const correctionReach = 40;

/**
 * The mention to take of the values of one kind a message gives, found in order: the first,
 * unless words just after it take it back for the next ("amira.k@fabrikam.co.uk, no sorry
 * amira.khan@fabrikam.co.uk", "0612 345 678 sorry I mean 0612 345 679", "612 45 67 89, bueno
 * no, mejor el 612 45 67 90"), and so on along the message. The one taken stands from where the
 * first it replaces did, so that the whole correction leaves the description. The words are
 * those that take back a date (`dateCues.selfCorrection`), in every language, as for dates.
 */
export function correctedMention<M extends Span>(
  text: string,
  mentions: readonly M[],
): M | undefined {
  const [first, ...rest] = mentions;
  if (first === undefined) return undefined;
  let taken = first;
  for (const next of rest) {
    const between = text.slice(taken.end, next.start);
    if (between.length > correctionReach || !dateCues.selfCorrection.test(between)) break;
    taken = { ...next, start: taken.start };
  }
  return taken;
}
