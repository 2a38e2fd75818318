import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import type { AppOverrides } from '../../src/server/createApp.js';
import { type RunningBot, startBot } from '../../src/server/startBot.js';
import { startFakeSigningKeys } from '../support/fakeSigningKeys.js';
import { forgedAuthorizations, testAppId } from '../support/forgedTokens.js';
import { recordingLogger } from '../support/recordingLogger.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** The bot with credentials, checking tokens against a loopback key service. */
async function authenticatedBot(overrides: AppOverrides = {}) {
  const keys = await startFakeSigningKeys();
  cleanups.push(keys.close);
  const logger = recordingLogger();
  const config = loadConfig({
    PORT: '0',
    STORAGE: 'memory',
    MicrosoftAppId: testAppId,
    MicrosoftAppPassword: 'not-used-by-these-tests',
    MicrosoftAppType: 'MultiTenant',
    KORE_SANDBOX: 'true',
    WEBCHAT_ENABLED: 'false',
  });
  const bot: RunningBot = await startBot(config, logger, {
    openIdMetadata: { channel: keys.metadataUrl, emulator: keys.metadataUrl },
    ...overrides,
  });
  cleanups.push(bot.close);
  return { bot, keys, logger };
}

const serviceUrl = 'http://127.0.0.1:9/';

async function post(url: string, authorization: string) {
  const started = performance.now();
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({
      type: 'message',
      id: randomUUID(),
      channelId: 'emulator',
      serviceUrl,
      deliveryMode: 'expectReplies',
      from: { id: 'user-ann', name: 'Ann Lee' },
      recipient: { id: testAppId },
      conversation: { id: `conv-${randomUUID()}` },
      text: 'I would like to open a case',
    }),
  });
  return {
    status: response.status,
    text: await response.text(),
    elapsedMs: performance.now() - started,
  };
}

describe('authenticating callers when MicrosoftAppId is set', () => {
  it('runs the turn for a token signed with the published key', async () => {
    const { bot, keys } = await authenticatedBot();
    const token = await keys.channelToken({ aud: testAppId, serviceUrl });
    const reply = await post(bot.url, `Bearer ${token}`);
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('support case');
  });

  it('refuses every forged token with a 401 that says only that, quickly', async () => {
    const { bot, logger } = await authenticatedBot();
    const forged = await forgedAuthorizations();
    for (const [kind, authorization] of Object.entries(forged)) {
      const reply = await post(bot.url, authorization);
      expect({ kind, status: reply.status, body: reply.text }).toEqual({
        kind,
        status: 401,
        body: '{"error":"unauthorized"}',
      });
      expect(reply.elapsedMs).toBeLessThan(2_000);
    }
    const logged = JSON.stringify(logger.entries);
    for (const authorization of Object.values(forged)) {
      const token = authorization.split(' ')[1];
      if (token && token.length > 20) expect(logged).not.toContain(token.slice(0, 40));
    }
    expect(logged).not.toMatch(/\n\s+at |stack/);
  });

  it('answers 503 when the signing keys cannot be had, and runs the turn once they can', async () => {
    const { bot, keys } = await authenticatedBot();
    const token = `Bearer ${await keys.channelToken({ aud: testAppId, serviceUrl })}`;
    keys.setMode('down');
    const down = await post(bot.url, token);
    expect(down.status).toBe(503);
    expect(down.text).toBe('{"error":"authentication_unavailable"}');
    keys.setMode('serving');
    expect((await post(bot.url, token)).status).toBe(200);
  });

  it('answers 503 within its time limit when the key service never answers', async () => {
    const { bot, keys } = await authenticatedBot({ authenticationTimeoutMs: 300 });
    keys.setMode('hanging');
    const forged = await forgedAuthorizations();
    for (const kind of ['randomRsaKey', 'emulatorIssuer'] as const) {
      const reply = await post(bot.url, forged[kind]);
      expect({ kind, status: reply.status, body: reply.text }).toEqual({
        kind,
        status: 503,
        body: '{"error":"authentication_unavailable"}',
      });
      expect(reply.elapsedMs).toBeLessThan(1_500);
    }
  });

  it('logs a flood of refusals as one warning per kind, without the token', async () => {
    const { bot, logger } = await authenticatedBot();
    const { hs256, expired } = await forgedAuthorizations();
    for (let round = 0; round < 20; round += 1) {
      await post(bot.url, hs256);
      await post(bot.url, expired);
    }
    const refusals = logger.entries.filter((entry) => entry.message === 'request refused');
    expect(refusals.map((entry) => [entry.level, entry.details.kind])).toEqual([
      ['warn', 'unsupported_algorithm'],
      ['warn', 'expired_token'],
    ]);
    expect(JSON.stringify(logger.entries)).not.toContain(hs256.slice(7, 60));
  });
});
