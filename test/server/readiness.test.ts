import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import type { AppOverrides } from '../../src/server/createApp.js';
import { readinessEndpoint } from '../../src/server/readiness.js';
import { type RunningBot, startBot } from '../../src/server/startBot.js';
import { createMemoryRecordStore } from '../../src/storage/memoryRecordStore.js';
import type { RecordStore } from '../../src/storage/recordStore.js';
import type { OutboxStats } from '../../src/submission/caseOutbox.js';
import { freePort } from '../support/botProcess.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { testTenant } from '../support/testSandbox.js';

const bots: RunningBot[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

async function started(env: Record<string, string>, overrides: AppOverrides = {}) {
  const logger = recordingLogger();
  const bot = await startBot(
    loadConfig({ PORT: '0', STORAGE: 'memory', ...env }),
    logger,
    overrides,
  );
  bots.push(bot);
  return { bot, logger };
}

async function readiness(botUrl: string) {
  const response = await fetch(`${botUrl}/readyz`);
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}

/** The settings of a remote tenant at `baseUrl`, as the environment gives them. */
function remoteCaseApi(baseUrl: string): Record<string, string> {
  return {
    KORE_BASE_URL: baseUrl,
    KORE_STREAM_ID: testTenant.streamId,
    KORE_ACCOUNT_ID: testTenant.accountId,
    KORE_CASE_TEMPLATE: testTenant.caseTemplate,
    KORE_CLIENT_ID: testTenant.clientId,
    KORE_CLIENT_SECRET: testTenant.clientSecret,
  };
}

/** A memory store whose ping fails as `ping` says; everything else works. */
function storeWhosePing(ping: RecordStore['ping']): RecordStore {
  return { ...createMemoryRecordStore(), ping };
}

describe('GET /readyz', () => {
  it('is ready with the sandbox, and spends no request of the case API on it', async () => {
    const { bot } = await started({});
    // Ready once the recognizers, warmed after listening, are warm.
    await expect.poll(async () => (await readiness(bot.url)).status, { timeout: 10_000 }).toBe(200);
    const { body } = await readiness(bot.url);

    expect(body).toMatchObject({
      status: 'ready',
      checks: {
        storage: { status: 'ok' },
        caseApi: { status: 'ok', httpStatus: 404 },
        recognizers: { status: 'ok' },
        outbox: expect.objectContaining({}),
      },
    });
    expect(body.checks.storage.durationMs).toBeGreaterThanOrEqual(0);
    // One bare HEAD to the host, answered before the API's budget or credentials come into it.
    expect(bot.sandbox?.received).toEqual([
      expect.objectContaining({ method: 'HEAD', path: '/', status: 404 }),
    ]);
    expect(bot.sandbox?.received[0]?.headers).toMatchObject({
      auth: undefined,
      accountid: undefined,
    });
  });

  it('is not ready, and says why, when the case API host refuses connections', async () => {
    const closedPort = await freePort();
    const { bot, logger } = await started(remoteCaseApi(`http://127.0.0.1:${closedPort}`));
    const { status, text, body } = await readiness(bot.url);

    expect(status).toBe(503);
    expect(body).toMatchObject({
      status: 'not_ready',
      checks: {
        storage: { status: 'ok' },
        caseApi: { status: 'failed', error: 'ECONNREFUSED' },
      },
    });
    expect(text).not.toContain(String(closedPort));
    expect(text).not.toContain(testTenant.clientSecret);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'not ready' }),
    );
  });

  it("is not ready when the storage does not answer its ping, without the error's words", async () => {
    const { bot } = await started(
      {},
      {
        records: storeWhosePing(() =>
          Promise.reject(new Error('cannot reach https://acct.blob.core.windows.net/?sig=s3cret')),
        ),
      },
    );
    const { status, text, body } = await readiness(bot.url);

    expect(status).toBe(503);
    expect(body).toMatchObject({
      status: 'not_ready',
      checks: { storage: { status: 'failed', error: 'Error' }, caseApi: { status: 'ok' } },
    });
    expect(text).not.toMatch(/acct|s3cret|blob\.core/);
  });

  it('gives a storage that never answers one second', async () => {
    const { bot } = await started({}, { records: storeWhosePing(() => new Promise(() => {})) });
    const { status, body } = await readiness(bot.url);

    expect(status).toBe(503);
    expect(body.checks.storage).toMatchObject({ status: 'failed', error: 'timeout' });
    expect(body.checks.storage.durationMs).toBeGreaterThanOrEqual(950);
    expect(body.checks.storage.durationMs).toBeLessThan(2_000);
  });

  it('probes the case API host at most once in ten seconds, however often it is asked', async () => {
    const probes: string[] = [];
    const host = createServer((req, res) => {
      probes.push(`${req.method} ${req.url}`);
      res.end();
    });
    host.listen(0, '127.0.0.1');
    await once(host, 'listening');
    const { port } = host.address() as AddressInfo;
    try {
      const { bot } = await started(remoteCaseApi(`http://127.0.0.1:${port}/kore`));
      await expect
        .poll(async () => (await readiness(bot.url)).status, { timeout: 10_000 })
        .toBe(200);
      const answers = await Promise.all([1, 2, 3, 4, 5].map(() => readiness(bot.url)));
      answers.push(await readiness(bot.url));

      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(probes).toEqual(['HEAD /']);
    } finally {
      host.closeAllConnections();
      host.close();
    }
  });
});

describe('the outbox in the readiness report', () => {
  /** The endpoint alone, on a server of its own, with a reachable case API. */
  async function readinessWith(
    outboxStats: () => Promise<OutboxStats>,
    recognizersWarm?: () => boolean,
  ) {
    const server = restify.createServer();
    server.get(
      '/readyz',
      readinessEndpoint({
        records: createMemoryRecordStore(),
        caseApi: {
          check: async () => ({ reachable: true, durationMs: 3, httpStatus: 200, ageMs: 0 }),
          close: async () => {},
        },
        outboxStats,
        recognizersWarm,
        warnNotReady: () => {},
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      return await readiness(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  it('reports its depth and oldest age, and a long queue does not make the bot unready', async () => {
    const { status, body } = await readinessWith(async () => ({
      depth: 120,
      oldestAgeSeconds: 95,
      waitingAfter: { unavailable: 120 },
    }));
    expect(status).toBe(200);
    expect(body.checks.outbox).toMatchObject({ status: 'ok', depth: 120, oldestAgeSeconds: 95 });
  });

  it('is not ready while the recognizers warm up, and says so', async () => {
    let warm = false;
    const empty = async () => ({ depth: 0, oldestAgeSeconds: 0, waitingAfter: {} });
    const warming = await readinessWith(empty, () => warm);
    expect(warming.status).toBe(503);
    expect(warming.body).toMatchObject({
      status: 'not_ready',
      checks: { storage: { status: 'ok' }, recognizers: { status: 'warming' } },
    });
    warm = true;
    const ready = await readinessWith(empty, () => warm);
    expect(ready.status).toBe(200);
    expect(ready.body.checks.recognizers).toEqual({ status: 'ok' });
  });

  it('says when the outbox cannot be read, without failing readiness for it', async () => {
    const { status, body } = await readinessWith(() => Promise.reject(new Error('locked')));
    expect(status).toBe(200);
    expect(body.checks.outbox).toMatchObject({ status: 'failed', error: 'Error' });
  });
});
