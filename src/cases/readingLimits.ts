import { maxDescriptionLength } from './caseText.js';

/**
 * How much text the bot reads, so that the cost of understanding a message is bounded whatever
 * its length: the recognizers' cost grows faster than the text (8 KB of "1 1 1 …" once took the
 * date recognizer 34 s), and a turn that long stops every other conversation on the process.
 */
export const readingLimits = {
  /** The longest message read at all: a full description with contact details around it. */
  messageLength: maxDescriptionLength + 1000,
  /** The stretch of a message the e-mail and phone finders scan, from its start. */
  contactScanLength: 1500,
  /** The longest piece of text handed to the date recognizer in one call… */
  dateClauseLength: 100,
  /** …and how much it reads of one message in all; clauses past that are not read for dates. */
  dateScanLength: 300,
  /**
   * The longest span a due date is counted as ("in 1e308 hours", "in 99999999999 days"): a
   * century, past any horizon, so it is refused as too far and date arithmetic stays in range.
   */
  longestSpanDays: 36_525,
} as const;
