import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { type RunningBot, startBot } from '../../src/server/startBot.js';
import { postActivity } from '../support/postActivity.js';
import { recordingLogger } from '../support/recordingLogger.js';

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function localBot(channelTimeoutMs?: number) {
  const logger = recordingLogger();
  const bot: RunningBot = await startBot(loadConfig({ PORT: '0', STORAGE: 'memory' }), logger, {
    channelTimeoutMs,
  });
  cleanups.push(bot.close);
  return { bot, logger };
}

/** A loopback "channel service" that accepts connections and never answers. */
async function silentChannelService(): Promise<string> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}/`;
}

const message = (serviceUrl: string) => ({
  channelId: 'emulator',
  serviceUrl,
  from: { id: 'user-ann', name: 'Ann Lee' },
  recipient: { id: 'bot' },
  conversation: { id: `conv-${randomUUID()}` },
  text: 'I would like to open a case',
});

describe('local (anonymous) mode', () => {
  it.each([
    'https://attacker.example/api/',
    'http://10.0.0.8/',
    'http://169.254.169.254/latest/',
    'http://[::ffff:a00:8]/',
    'http://127.0.0.1.attacker.example/',
    'ftp://127.0.0.1/',
  ])('refuses to reply to a serviceUrl off this machine: %s', async (serviceUrl) => {
    const { bot } = await localBot();
    const reply = await postActivity(bot.url, message(serviceUrl));
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text)).toEqual({
      error: 'invalid_activity',
      detail: expect.stringMatching(/^serviceUrl: /),
    });
  });

  it.each(['http://localhost:3979/', 'http://127.0.0.2:9/', 'http://[::1]:9/'])(
    'takes a loopback serviceUrl: %s',
    async (serviceUrl) => {
      const { bot } = await localBot(200);
      const reply = await postActivity(bot.url, {
        ...message(serviceUrl),
        deliveryMode: 'expectReplies',
      });
      expect(reply.status).toBe(200);
    },
  );

  it('gives up on a channel service that never answers, instead of holding the request', async () => {
    const { bot, logger } = await localBot(300);
    const serviceUrl = await silentChannelService();
    const started = performance.now();
    const reply = await postActivity(bot.url, message(serviceUrl));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(reply.status).toBeLessThan(500);
    expect(logger.entries.map((entry) => entry.message)).toContain('turn failed');
  });
});
