import { createInterface } from 'node:readline';

/** The user's lines, one at a time, from a terminal or from a pipe. */
export interface LineReader {
  /** The next line, after showing the prompt; undefined once the input has ended. */
  next(prompt: string): Promise<string | undefined>;
  close(): void;
}

/**
 * Reads lines on demand. A pipe delivers all its lines at once and then closes; they wait in a
 * queue until asked for, so none is lost while a reply is awaited and the end of the input only
 * ends the conversation after the last line.
 */
export function readLines(
  input: NodeJS.ReadableStream & { isTTY?: boolean },
  output: NodeJS.WritableStream,
): LineReader {
  const interactive = input.isTTY === true;
  const terminal = createInterface({ input, output, terminal: interactive });
  // Created at once, so no line is emitted before the queue listens.
  const lines = terminal[Symbol.asyncIterator]();
  return {
    async next(prompt) {
      if (interactive) {
        terminal.setPrompt(prompt);
        terminal.prompt();
      }
      const line = await lines.next();
      if (line.done) return undefined;
      // No terminal echoes a piped line: print it, so the output reads as the conversation.
      if (!interactive) output.write(`${prompt}${line.value}\n`);
      return line.value;
    },
    close: () => terminal.close(),
  };
}
