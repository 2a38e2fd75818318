import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';
import { forgedAuthorizations, testAppId } from '../support/forgedTokens.js';

/** A bot process a test started for itself, stopped after it. */
let ownBot: BotProcess | undefined;
afterEach(async () => {
  await ownBot?.stop();
  ownBot = undefined;
});

const authenticated = {
  MicrosoftAppId: testAppId,
  MicrosoftAppPassword: 'not-used-by-these-tests',
  MicrosoftAppType: 'MultiTenant',
  KORE_SANDBOX: 'true',
};

/**
 * Bot processes at LOG_LEVEL=silent that the tests below share, one anonymous and one with
 * credentials, started side by side: each start costs seconds of CPU, and what these tests
 * assert (it stays up, answers 4xx, writes nothing) holds for everything any of them sent it.
 */
const silentBots = {} as Record<'anonymous' | 'authenticated', BotProcess>;
beforeAll(async () => {
  const [anonymous, authenticatedBot] = await Promise.allSettled([
    startBotProcess({ LOG_LEVEL: 'silent' }),
    startBotProcess({ LOG_LEVEL: 'silent', ...authenticated }),
  ]);
  if (anonymous.status === 'fulfilled') silentBots.anonymous = anonymous.value;
  if (authenticatedBot.status === 'fulfilled') silentBots.authenticated = authenticatedBot.value;
  for (const result of [anonymous, authenticatedBot])
    if (result.status === 'rejected') throw result.reason;
  // Two bots starting side by side on a busy two-core machine can take a while.
}, 60_000);
afterAll(async () => {
  for (const bot of Object.values(silentBots)) await bot.stop();
});

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

/**
 * Lowers that peak to what the process holds now (Linux: `5` to clear_refs), so whatever it held
 * before (its start-up above all) cannot hide what comes after. A kernel that does not allow it
 * leaves the peak since start-up, which is what the measure was without it.
 */
function resetPeakResident(pid: number | undefined): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // The peak since start-up stays the baseline.
  }
}

describe('the bot process under hostile requests', () => {
  it('survives bodies that are not what their gzip encoding says, anonymous or not', async () => {
    for (const kind of ['anonymous', 'authenticated'] as const) {
      const bot = silentBots[kind];
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const reply = await post(bot.url, '{}', { 'content-encoding': 'gzip' });
        expect(reply.status).toBe(400);
      }
      expect(bot.alive()).toBe(true);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    }
  });

  it('refuses four gzip bombs at once without holding their decoded size', async () => {
    const bot = silentBots.anonymous;
    const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, ' '));
    expect(bomb.length).toBeLessThan(200 * 1024);
    resetPeakResident(bot.child.pid);
    const before = peakResidentBytes(bot.child.pid);

    const replies = await Promise.all(
      [1, 2, 3, 4].map(() => post(bot.url, bomb, { 'content-encoding': 'gzip' })),
    );

    expect(replies.map((reply) => reply.status)).toEqual([413, 413, 413, 413]);
    expect(peakResidentBytes(bot.child.pid) - before).toBeLessThan(64 * 1024 * 1024);
    expect(bot.alive()).toBe(true);
  });

  it('writes nothing at LOG_LEVEL=silent, however many requests it refuses', async () => {
    const bot = silentBots.authenticated;
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
    // A process of its own: its once-per-kind warnings must not have been spent by other tests.
    const bot = await startBotProcess({ LOG_LEVEL: 'warn', ...authenticated });
    ownBot = bot;
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
