/** The lines of a process's output that hold something, for "exactly one line" checks. */
export function nonEmptyLines(output: string): string[] {
  return output.split('\n').filter((line) => line.trim() !== '');
}

/** A frame of a printed stack trace, as Node writes it. */
export const stackFrame = /^\s+at /m;
