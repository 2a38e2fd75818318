import { afterEach, describe, expect, it } from 'vitest';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';

const started: BotProcess[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((bot) => bot.stop()));
});

async function start(env: Record<string, string>): Promise<number> {
  const bot = await startBotProcess({ LOG_LEVEL: 'silent', STORAGE: 'memory', ...env });
  started.push(bot);
  return Number(new URL(bot.url).port);
}

/** Whether /healthz answers at `host` (loopback only: 127.0.0.1 or ::1). */
const answersAt = (host: string, port: number) =>
  fetch(`http://${host}:${port}/healthz`).then(
    (response) => response.ok,
    () => false,
  );

describe('the interface the bot listens on', () => {
  it('is loopback alone without MicrosoftAppId, since anyone may then call it', async () => {
    const port = await start({});
    expect(await answersAt('127.0.0.1', port)).toBe(true);
    // Listening on every interface would answer at ::1 too.
    expect(await answersAt('[::1]', port)).toBe(false);
  });

  it('is the one HOST names, also in local mode', async () => {
    const port = await start({ HOST: '::' });
    expect(await answersAt('[::1]', port)).toBe(true);
  });

  it('is every interface with MicrosoftAppId, where callers must bring a Bot Framework token', async () => {
    const port = await start({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-used-here',
      KORE_SANDBOX: 'true',
    });
    expect(await answersAt('[::1]', port)).toBe(true);
  });
});
