import { dateCues, deadlineCueReach } from './dateCues.js';
import { readingLimits } from './readingLimits.js';
import { segmentsOf } from './textSpans.js';

/** A piece of a message handed to the date recognizer, and where it starts in the message. */
export interface DatePiece {
  start: number;
  text: string;
}

/**
 * Where a message may be cut for the recognizer: clause ends, but not "March 15, 2027"; and a
 * run of spaces, where a contact detail stood before it was blanked out ("Me contactan al 912
 * 345 678 o ana@x.pe. Necesito…": the period went with the address).
 */
const pieceBoundary = /[;!?\n]+|\.\s+|,\s*(?=\p{L})|:\s+|\s[-–—]\s| {6,}/gu;
/** The same, but for runs of spaces: where a zone's name was blanked out ("10am perth time tuesday"). */
const clauseBoundary = /[;!?\n]+|\.\s+|,\s*(?=\p{L})|:\s+|\s[-–—]\s/gu;

/**
 * The pieces of a message the recognizer reads, in order, until `dateScanLength` is spent. A
 * message is cut where sentences and clauses end, but not inside a date ("March 15, 2027",
 * "15.03.2027"): the recognizer misses dates in some long sentences, and its cost grows faster
 * than the text, so a clause longer than `dateClauseLength` is cut again between words. With
 * `deadlinesOnly`, only the parts that can hold a deadline are read (`deadlinePart`).
 */
export function datePiecesToRead(
  blanked: string,
  original: string,
  deadlinesOnly: boolean,
  { gapsCut = true }: { gapsCut?: boolean } = {},
): DatePiece[] {
  // Cut where the message as given is (the end-of-day phrases blanked in `blanked` are no gap).
  const pieces = segmentsOf(original, gapsCut ? pieceBoundary : clauseBoundary)
    .map(({ start, end }) => ({ start, text: blanked.slice(start, end) }))
    .filter((clause) => clause.text.trim() !== '')
    .flatMap(piecesOf)
    .flatMap((piece) => (deadlinesOnly ? deadlinePart(piece, original) : [piece]));
  const read: DatePiece[] = [];
  let budget = readingLimits.dateScanLength;
  for (const piece of pieces) {
    budget -= piece.text.length;
    if (budget < 0) break;
    read.push(piece);
  }
  return read;
}

/**
 * The part of a piece that can hold a deadline: from its first deadline word on ("please fix by
 * Friday 5pm" → "by Friday 5pm": a date before the word is no deadline, and the recognizer's cost
 * grows with the text), the whole piece when it has or follows an end-of-day word ("EOD Monday")
 * or follows a deadline word ("by" at the end of the piece before), else nothing.
 */
function deadlinePart(piece: DatePiece, original: string): DatePiece[] {
  const word = dateCues.deadlineWord.exec(piece.text);
  const after = dateCues.deadlineAfterWord.exec(piece.text);
  // "in 2 wks is fine": the words after the date make it a deadline, so the whole piece.
  if (after && (!word || after.index < word.index)) return [piece];
  if (word) return [{ start: piece.start + word.index, text: piece.text.slice(word.index) }];
  const from = Math.max(0, piece.start - deadlineCueReach);
  const before = original.slice(from, piece.start);
  // End-of-day words are blanked out of the pieces (a piece may start after them: "…, EOD
  // Monday"): looked for in the text, up to the piece's end.
  const upToPiece = original.slice(from, piece.start + piece.text.length);
  // "by Thursday, no wait, Friday 10am": the date that takes back a deadline may be one; "due
  // Dec 3, at 3pm": so may the time of one.
  return dateCues.endOfDayWord.test(upToPiece) ||
    dateCues.deadlineCue.test(before) ||
    dateCues.selfCorrectionAtEnd.test(before) ||
    (dateCues.timeLeadAtStart.test(piece.text) && dateCues.deadlineWord.test(before))
    ? [piece]
    : [];
}

/**
 * A piece without the deadline word it starts with when that word is no lead-in ("need it for
 * Monday 9am" → "for Monday 9am", "need it sorted by Monday" → "by Monday", "lo necesito en 2
 * horas" → "en 2 horas"), and without those it ends with ("next week is fine" → "next week"):
 * the readers of a date phrase alone read it then, and the words still make the date a deadline
 * (`deadlineCue`, `deadlineAfterCue`). The piece itself otherwise ("by Friday 5pm").
 */
export function withoutDeadlineWords(piece: DatePiece): DatePiece {
  const after = dateCues.deadlineAfterAtEnd.exec(piece.text);
  const ended = after ? { ...piece, text: piece.text.slice(0, after.index) } : piece;
  const spaces = ended.text.length - ended.text.trimStart().length;
  const text = ended.text.slice(spaces);
  const cue = dateCues.deadlineAtStart.exec(text);
  // "by", "para el": words that lead into a date, which its readers take with it.
  const leadIn = dateCues.leadInAtStart.exec(text)?.[0].length ?? 0;
  if (!cue || leadIn >= cue[0].length) return ended;
  const skipped = spaces + cue[0].length;
  return { start: ended.start + skipped, text: ended.text.slice(skipped) };
}

/**
 * The rest of a piece from a deadline word inside it ("Necesito repuesto para el miércoles 2 a
 * las 9" → "para el miércoles 2 a las 9"), to be read as a date phrase alone when the whole piece
 * is not one; undefined when the piece has none after its start.
 */
export function fromDeadlineWordWithin(piece: DatePiece): DatePiece | undefined {
  const spaces = piece.text.length - piece.text.trimStart().length;
  const word = dateCues.deadlineWord.exec(piece.text.slice(spaces + 1));
  if (!word) return undefined;
  const at = spaces + 1 + word.index;
  return { start: piece.start + at, text: piece.text.slice(at) };
}

/** A clause cut between words into pieces of at most `dateClauseLength` characters. */
function piecesOf(clause: DatePiece): DatePiece[] {
  const limit = readingLimits.dateClauseLength;
  const pieces: DatePiece[] = [];
  let from = 0;
  while (clause.text.length - from > limit) {
    const space = clause.text.lastIndexOf(' ', from + limit);
    const to = space > from ? space : from + limit;
    pieces.push({ start: clause.start + from, text: clause.text.slice(from, to) });
    from = to;
  }
  pieces.push({ start: clause.start + from, text: clause.text.slice(from) });
  return pieces.filter((piece) => piece.text.trim() !== '');
}
