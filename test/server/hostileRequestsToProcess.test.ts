import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';
import { forgedAuthorizations, testAppId } from '../support/forgedTokens.js';

let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const authenticated = {
  MicrosoftAppId: testAppId,
  MicrosoftAppPassword: 'not-used-by-these-tests',
  MicrosoftAppType: 'MultiTenant',
  KORE_SANDBOX: 'true',
};

async function post(url: string, body: Buffer | string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** The most memory the process has held so far, from the kernel's own count. */
function peakResidentBytes(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kilobytes) * 1024;
}

describe('the bot process under hostile requests', () => {
  it('survives bodies that are not what their gzip encoding says, anonymous or not', async () => {
    for (const env of [{}, authenticated]) {
      bot = await startBotProcess({ LOG_LEVEL: 'silent', ...env });
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const reply = await post(bot.url, '{}', { 'content-encoding': 'gzip' });
        expect(reply.status).toBe(400);
      }
      expect(bot.alive()).toBe(true);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      await bot.stop();
    }
  });

  it('refuses four gzip bombs at once without holding their decoded size', async () => {
    bot = await startBotProcess({ LOG_LEVEL: 'silent' });
    const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, ' '));
    expect(bomb.length).toBeLessThan(200 * 1024);
    const before = peakResidentBytes(bot.child.pid);

    const replies = await Promise.all(
      [1, 2, 3, 4].map(() => post(bot?.url ?? '', bomb, { 'content-encoding': 'gzip' })),
    );

    expect(replies.map((reply) => reply.status)).toEqual([413, 413, 413, 413]);
    expect(peakResidentBytes(bot.child.pid) - before).toBeLessThan(64 * 1024 * 1024);
    expect(bot.alive()).toBe(true);
  });

  it('writes nothing at LOG_LEVEL=silent, however many requests it refuses', async () => {
    bot = await startBotProcess({ LOG_LEVEL: 'silent', ...authenticated });
    const forged = await forgedAuthorizations();
    const refused = [];
    for (let round = 0; round < 10; round += 1) {
      refused.push(await post(bot.url, '{}', { 'content-encoding': 'gzip' }));
      refused.push(await post(bot.url, '{"type":', {}));
      refused.push(await post(bot.url, '{}', { 'content-encoding': 'compress' }));
      for (const kind of ['hs256', 'algNone', 'expired', 'otherAudience', 'notAJwt'] as const) {
        refused.push(
          await post(
            bot.url,
            '{"type":"message","channelId":"msteams","from":{"id":"u"},"conversation":{"id":"c"},"recipient":{"id":"b"},"serviceUrl":"https://smba.trafficmanager.net/emea/"}',
            { authorization: forged[kind] },
          ),
        );
      }
    }
    expect(refused.every((reply) => reply.status >= 400 && reply.status < 500)).toBe(true);
    expect(bot.stdout()).toBe('');
    expect(bot.stderr()).toBe('');
  });

  it('answers forged tokens with a bare 401 and logs each kind once, without stack or token', async () => {
    bot = await startBotProcess({ LOG_LEVEL: 'warn', ...authenticated });
    const forged = await forgedAuthorizations();
    const activity =
      '{"type":"message","channelId":"msteams","from":{"id":"u"},"conversation":{"id":"c"},"recipient":{"id":"b"},"serviceUrl":"https://smba.trafficmanager.net/emea/"}';
    const kinds = ['hs256', 'algNone', 'expired', 'otherAudience', 'notAJwt', 'empty'] as const;
    for (let round = 0; round < 5; round += 1) {
      for (const kind of kinds) {
        const started = performance.now();
        const reply = await post(bot.url, activity, { authorization: forged[kind] });
        expect({ kind, ...reply }).toEqual({ kind, status: 401, text: '{"error":"unauthorized"}' });
        expect(performance.now() - started).toBeLessThan(2_000);
      }
    }
    const lines = bot
      .stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const refusals = lines.filter((line) => line.msg === 'request refused');
    expect(refusals.map((line) => line.kind).sort()).toEqual([
      'expired_token',
      'malformed_token',
      'missing_token',
      'unsupported_algorithm',
      'wrong_audience',
    ]);
    expect(refusals.every((line) => line.level === 40)).toBe(true);
    expect(bot.stderr()).toBe('');
    expect(bot.stdout()).not.toMatch(/\n\s+at |eyJ/);
  });
});
