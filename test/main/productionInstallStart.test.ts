import { afterEach, describe, expect, it } from 'vitest';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';
import { nonEmptyLines } from '../support/outputLines.js';

let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

/** The pino lines the bot wrote, as objects. */
function logLines(stdout: string): { level: number; msg: string }[] {
  return nonEmptyLines(stdout).map((line) => JSON.parse(line));
}

describe('the bot process after a production install, without Web Chat', () => {
  it('starts in local mode, serves no chat page, and says why in one line', async () => {
    bot = await startBotProcess({}, { imports: ['test/support/withoutWebChat.mjs'] });

    expect((await fetch(`${bot.url}/`)).status).toBe(404);
    expect((await fetch(`${bot.url}/webchat/webchat.js`)).status).toBe(404);
    const messages = logLines(bot.stdout()).map((line) => line.msg);
    expect(messages.filter((message) => /chat page|browser/.test(message))).toEqual([
      'local chat page not served: botframework-webchat is not installed (a production install leaves dev dependencies out; npm install adds it)',
    ]);
    expect(bot.stderr()).toBe('');
  });

  it('serves the page where Web Chat is installed', async () => {
    bot = await startBotProcess();

    expect((await fetch(`${bot.url}/`)).status).toBe(200);
    expect((await fetch(`${bot.url}/webchat/webchat.js`)).status).toBe(200);
  });
});
