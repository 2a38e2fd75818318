import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotProcess, spawnBotProcess, startBotProcess } from '../support/botProcess.js';
import { nonEmptyLines, stackFrame } from '../support/outputLines.js';

let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

/** A fresh folder to start the bot from, holding the given `.env`. */
function folderWithDotEnv(write: (dotEnv: string) => void): string {
  const folder = mkdtempSync(join(tmpdir(), 'dot-env-'));
  write(join(folder, '.env'));
  return folder;
}

const credentials = 'MicrosoftAppId=app-id\nMicrosoftAppPassword=secret\n';

/** The messages of the pino lines the bot wrote. */
function logMessages(stdout: string): string[] {
  return nonEmptyLines(stdout).map((line) => (JSON.parse(line) as { msg: string }).msg);
}

describe('the bot process started with a .env file', () => {
  it('starts in sandbox mode from .env.example copied as it is', async () => {
    const folder = folderWithDotEnv((dotEnv) => copyFileSync('.env.example', dotEnv));

    bot = await startBotProcess({}, { folder });

    expect(logMessages(bot.stdout())).toContain(
      'SANDBOX MODE: KORE_BASE_URL is not set, so cases go to a local emulator of the case API, not to a real tenant',
    );
    expect(bot.stderr()).toBe('');
  });

  it('refuses in one line to send a registered bot to the sandbox nobody asked for', async () => {
    const folder = folderWithDotEnv((dotEnv) => writeFileSync(dotEnv, credentials));

    bot = await spawnBotProcess({}, { folder });
    const exit = await bot.exited;

    expect(exit).toEqual({ code: 1, signal: null });
    expect(nonEmptyLines(bot.stderr())).toEqual([
      'Invalid configuration:',
      "  - KORE_BASE_URL: required when MicrosoftAppId is set, so real users' cases reach a real tenant; set KORE_SANDBOX=true to use the local sandbox instead",
    ]);
    expect(bot.stdout() + bot.stderr()).not.toMatch(stackFrame);
  });

  it('runs a registered bot on the sandbox when KORE_SANDBOX=true, the environment winning over .env', async () => {
    const folder = folderWithDotEnv((dotEnv) =>
      writeFileSync(dotEnv, `${credentials}KORE_SANDBOX=false\n`),
    );

    bot = await startBotProcess({ KORE_SANDBOX: 'true' }, { folder });

    expect(logMessages(bot.stdout())).toEqual(
      expect.arrayContaining([expect.stringMatching(/^SANDBOX MODE: /)]),
    );
  });
});
