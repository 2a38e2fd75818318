/** The fewest digits of any phone number libphonenumber finds (a national number of Niue has four). */
export const fewestPhoneDigits = 4;

/**
 * Digits with what people write between the digits of one number: spaces, dashes, dots,
 * brackets, slashes and tildes, in any script.
 */
const digitRun = /\p{Nd}(?:[\p{Nd}\s\p{Pd}()./[\]（）［］~⁓∼～*]*\p{Nd})?/gu;

/** How far from other digits a short number must stand to be part of no phone number. */
const reach = 16;

/**
 * The text with each number too short to be a phone number, and too far from other digits to be
 * part or extension of one ("floor 3", "5pm", "2 printers"), written as spaces: offsets stay
 * true. libphonenumber's finder tries each digit it meets as a number, and a failed try builds
 * an error: in a long message these were half its cost.
 */
export function withLoneShortNumbersBlanked(text: string): string {
  const runs = [...text.matchAll(digitRun)].map((run) => ({
    start: run.index,
    end: run.index + run[0].length,
    digits: run[0].match(/\p{Nd}/gu)?.length ?? 0,
  }));
  let blanked = '';
  let from = 0;
  runs.forEach((run, index) => {
    const before = runs[index - 1];
    const after = runs[index + 1];
    const lone =
      (!before || run.start - before.end > reach) && (!after || after.start - run.end > reach);
    if (run.digits >= fewestPhoneDigits || !lone) return;
    blanked += text.slice(from, run.start) + ' '.repeat(run.end - run.start);
    from = run.end;
  });
  return blanked + text.slice(from);
}
