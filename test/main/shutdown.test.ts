import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { caseFields } from '../../src/cases/caseDraft.js';
import { botConversation } from '../support/botConversation.js';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';
import { sampleAnswers } from '../support/caseFixtures.js';

/** The messages of the pino lines the bot wrote, in order. */
function logMessages(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { msg: string }).msg);
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A case API that takes requests and never answers them, as a hung tenant does. */
async function unansweringCaseApi(): Promise<{ url: string; received(): number; server: Server }> {
  let received = 0;
  const server = createServer(() => {
    received += 1;
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received: () => received, server };
}

let caseApi: Server | undefined;
afterEach(() => {
  caseApi?.closeAllConnections();
  caseApi?.close();
  caseApi = undefined;
});

describe('the bot process stopped by a signal', () => {
  it('closes the bot and exits 0 on SIGTERM, with nothing on stderr', async () => {
    const bot = await startBotProcess();

    expect(await bot.stop()).toBe(0);

    expect(logMessages(bot.stdout()).slice(-2)).toEqual(['shutting down', 'bot closed']);
    expect(bot.stderr()).toBe('');
  });

  it('survives a second SIGTERM while a case request holds the close, and exits 1 after SHUTDOWN_TIMEOUT_MS', async () => {
    const tenant = await unansweringCaseApi();
    caseApi = tenant.server;
    const bot: BotProcess = await startBotProcess({
      KORE_BASE_URL: tenant.url,
      KORE_STREAM_ID: 'st-test',
      KORE_ACCOUNT_ID: 'account-test',
      KORE_CASE_TEMPLATE: 'ctm-test',
      KORE_JWT: 'a-static-token',
      KORE_TIMEOUT_MS: '60000',
      SHUTDOWN_TIMEOUT_MS: '1500',
    });
    const chat = botConversation(bot.url);
    await chat.say('I would like to open a case');
    for (const field of caseFields) await chat.say(sampleAnswers[field]);
    // The confirmation's turn waits on the tenant, which never answers.
    const confirmation = chat.send({ value: { intakeAction: 'yes' } }).catch(() => undefined);
    await until(() => tenant.received() > 0, 'the case request');

    bot.child.kill('SIGTERM');
    await until(() => logMessages(bot.stdout()).includes('shutting down'), 'the shutdown');
    const shutdownStarted = Date.now();
    bot.child.kill('SIGTERM');
    const exit = await bot.exited;
    await confirmation;

    expect(exit).toEqual({ code: 1, signal: null });
    expect(Date.now() - shutdownStarted).toBeGreaterThan(1_000);
    const messages = logMessages(bot.stdout());
    expect(messages.filter((message) => message === 'shutting down')).toHaveLength(1);
    expect(messages.at(-1)).toBe('shutdown took too long: exiting without a clean close');
    expect(bot.stderr()).toBe('');
  });
});
