import { afterEach, describe, expect, it } from 'vitest';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';
import { nonEmptyLines } from '../support/outputLines.js';

let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe('the bot process started from the build', () => {
  it('compiles the server bundle with the code cache the build wrote', async () => {
    bot = await startBotProcess();

    const compiled = nonEmptyLines(bot.stdout())
      .map((line) => JSON.parse(line) as { msg: string; codeCache?: string })
      .filter((line) => line.msg === 'server bundle compiled');
    expect(compiled).toEqual([expect.objectContaining({ codeCache: 'used' })]);
  });
});
