import { describe, expect, it } from 'vitest';
import { startBotProcess } from '../support/botProcess.js';

interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

const pinoError = 50;

describe('the bot process when a bug crashes it', () => {
  it.each([
    ['an uncaught exception', 'uncaughtException', 'test/support/throwOnSignal.mjs'],
    ['an unhandled rejection', 'unhandledRejection', 'test/support/rejectOnSignal.mjs'],
  ])('logs %s as one error line, closes the bot and exits 1', async (_, crash, preload) => {
    const bot = await startBotProcess({}, { imports: [preload] });

    bot.child.kill('SIGUSR2');
    const exit = await bot.exited;

    expect(exit).toEqual({ code: 1, signal: null });
    const logs = bot
      .stdout()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LogLine);
    const errors = logs.filter((line) => line.level >= pinoError);
    expect(errors).toEqual([
      expect.objectContaining({
        crash,
        error: expect.objectContaining({ name: 'Error', message: 'boom' }),
      }),
    ]);
    // Closed after the crash, not killed by it.
    expect(logs.indexOf(errors[0] as LogLine)).toBeLessThan(
      logs.findIndex((line) => line.msg === 'bot closed'),
    );
    // No raw Node crash dump.
    expect(bot.stderr()).toBe('');
  });
});
