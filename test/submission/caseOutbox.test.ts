import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CaseApiClient, createCaseApiClient } from '../../src/caseApi/caseApiClient.js';
import { buildCaseRequest } from '../../src/cases/caseRequest.js';
import type { CaseApiSandbox } from '../../src/sandbox/caseApiSandbox.js';
import { createLease } from '../../src/storage/lease.js';
import type { RecordStore } from '../../src/storage/recordStore.js';
import {
  type CaseOutbox,
  createCaseOutbox,
  type OutboxNews,
} from '../../src/submission/caseOutbox.js';
import { createCaseSubmission } from '../../src/submission/caseSubmission.js';
import { type OutboxWorker, startOutboxWorker } from '../../src/submission/outboxWorker.js';
import { sampleDraft, sampleUser } from '../support/caseFixtures.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { recordStoreBackends, type TestStore } from '../support/recordStores.js';
import { quickRetries, startTestSandbox, testTenant } from '../support/testSandbox.js';

const timings = { attemptMs: 60_000, commitWindowMs: 120_000, pollMs: 5 };

describe.each(recordStoreBackends)('the outbox, records on %s', (_name, open) => {
  // One clock for the case API's limit, the client's budget and the outbox, moved by the test.
  let now: number;
  const clock = () => now;
  let sandbox: CaseApiSandbox;
  let stores: TestStore;
  const clients: CaseApiClient[] = [];
  const workers: OutboxWorker[] = [];
  let delivered: { delivery: unknown; outcome: OutboxNews }[];

  beforeEach(async () => {
    now = Date.now();
    ({ sandbox } = await startTestSandbox({ clock }));
    stores = await open();
    delivered = [];
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.stop();
    for (const client of clients.splice(0)) await client.close();
    await sandbox.close();
    await stores.dispose();
  });

  /** An instance: its own client (and budget), submission, worker and outbox on `store`. */
  async function instance(store: RecordStore, waitMs: number): Promise<CaseOutbox> {
    const { settings } = await startTestSandbox();
    const client = createCaseApiClient(
      { ...settings, baseUrl: sandbox.url, timeoutMs: 2_000 },
      { retry: quickRetries, clock },
    );
    clients.push(client);
    const submission = createCaseSubmission(client, store, timings, clock);
    const worker = startOutboxWorker({
      store,
      submission,
      lease: createLease(store, 'outbox-worker', randomUUID(), 15_000, clock),
      deliver: async (delivery, outcome) => void delivered.push({ delivery, outcome }),
      logger: recordingLogger(),
      tickMs: 20,
      graceMs: 0,
      delayNoticeAfterMs: 60_000,
      clock,
    });
    workers.push(worker);
    return createCaseOutbox({
      store,
      waitMs,
      pollMs: 5,
      requestsPerMinute: 60,
      nudge: worker.nudge,
      clock,
    });
  }

  /**
   * Until the worker has tried the draft `times` times and set it to wait: the clock may move
   * only then, or the wait would be counted from the moved clock.
   */
  async function waitedOnce(draftKey: string, times = 1): Promise<void> {
    for (let i = 0; i < 500; i += 1) {
      const entry = await stores.store.get<{ attempts: number }>(`outbox/${draftKey}`);
      if ((entry?.value.attempts ?? 0) >= times) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`the worker never tried the draft ${times} times`);
  }

  const request = (n: number) =>
    buildCaseRequest(
      { ...sampleDraft, name: `Printer ${n} jams` },
      sampleUser,
      testTenant.caseTemplate,
    );

  it('answers in the turn when the case is created within the wait', async () => {
    const outbox = await instance(stores.store, 60_000);
    const waiting = outbox.submit('draft-1', request(1), 'en', { to: 'ann' });
    const outcome = await waiting;
    expect(outcome).toMatchObject({ ok: true, kind: 'created', receipt: { refId: 'CS000001' } });
    expect(delivered).toEqual([]);
    expect((await outbox.stats()).depth).toBe(0);
  });

  it('queues a draft the API cannot take now, tells the turn so, and delivers the case once', async () => {
    sandbox.injectFaults(
      ...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503 })),
    );
    const outbox = await instance(stores.store, 0);
    expect(await outbox.submit('draft-1', request(1), 'en', { to: 'ann' })).toEqual({
      ok: false,
      kind: 'queued',
      estimatedMinutes: 1,
    });
    await waitedOnce('draft-1');
    now += 2_000;
    await until(() => delivered.length > 0);
    expect(delivered).toEqual([
      { delivery: { to: 'ann' }, outcome: expect.objectContaining({ ok: true, kind: 'created' }) },
    ]);
    expect(sandbox.cases).toHaveLength(1);
  });

  it('tells the person once when the API refuses the credentials, and creates the case once they are accepted', async () => {
    // Each attempt is a refused token and a fresh one refused too: wrong credentials.
    sandbox.injectFaults(
      ...Array.from({ length: 4 }, () => ({ kind: 'status' as const, status: 401 })),
    );
    const outbox = await instance(stores.store, 0);
    await outbox.submit('draft-1', request(1), 'en', { to: 'ann' });
    await until(() => delivered.length > 0);
    expect(delivered).toEqual([
      {
        delivery: { to: 'ann' },
        outcome: { ok: false, kind: 'delayed', error: { kind: 'auth', status: 401 } },
      },
    ]);
    expect((await outbox.stats()).waitingAfter).toEqual({ auth: 1 });
    // Refused again after the backoff: not told twice. Then the credentials are fixed.
    now += 1_500;
    await waitedOnce('draft-1', 2);
    expect(sandbox.received).toHaveLength(4);
    now += 2_500;
    await until(() => delivered.length > 1);
    expect(delivered.map((item) => item.outcome.kind)).toEqual(['delayed', 'created']);
    expect(sandbox.cases).toHaveLength(1);
  });

  it('tells the person once when an outage keeps a queued draft longer than said', async () => {
    const outage = (count: number) =>
      sandbox.injectFaults(
        ...Array.from({ length: count }, () => ({ kind: 'status' as const, status: 503 })),
      );
    // Each attempt is three requests (two retries); four attempts fail.
    outage(12);
    const outbox = await instance(stores.store, 0);
    await outbox.submit('draft-1', request(1), 'en', { to: 'ann' });
    await waitedOnce('draft-1');
    expect(delivered).toEqual([]);
    const failAgainAfter = async (ms: number, times: number) => {
      now += ms;
      await waitedOnce('draft-1', times);
      expect(sandbox.received).toHaveLength(3 * times);
    };
    await failAgainAfter(1_100, 2);
    await failAgainAfter(2_100, 3);
    // Failing for seconds is what the person was told might happen: nothing to say yet.
    expect(delivered).toEqual([]);
    await failAgainAfter(60_000, 4);
    await until(() => delivered.length > 0);
    expect(delivered).toEqual([
      {
        delivery: { to: 'ann' },
        outcome: {
          ok: false,
          kind: 'delayed',
          error: expect.objectContaining({ kind: 'unavailable' }),
        },
      },
    ]);
    now += 60_000;
    await until(() => delivered.length > 1);
    expect(delivered.map((item) => item.outcome.kind)).toEqual(['delayed', 'created']);
    expect(sandbox.cases).toHaveLength(1);
  });

  it('joins a second confirmation of a queued draft to the first: one case', async () => {
    sandbox.injectFaults(
      ...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503 })),
    );
    const outbox = await instance(stores.store, 0);
    await outbox.submit('draft-1', request(1), 'en', { to: 'ann' });
    await outbox.submit('draft-1', request(1), 'en', { to: 'ann' });
    await waitedOnce('draft-1');
    now += 2_000;
    await until(() => delivered.length > 0);
    expect(sandbox.cases).toHaveLength(1);
  });

  // A burst of 120 drafts through storage over HTTP (Azurite) takes seconds of real time.
  it('takes 120 confirmations in a burst on a 60-a-minute budget: all created within two minutes, none twice, never over the limit', {
    timeout: 60_000,
  }, async () => {
    const first = await instance(stores.store, 0);
    const second = await instance(stores.reopen(), 0);
    const started = now;
    const outcomes = await Promise.all(
      Array.from({ length: 120 }, (_, n) =>
        (n % 2 ? second : first).submit(`draft-${n}`, request(n), 'en', { to: n }),
      ),
    );
    expect(outcomes.every((outcome) => outcome.ok || outcome.kind === 'queued')).toBe(true);
    await until(() => sandbox.cases.length >= 60, 30_000);
    // The budget is spent: the worker has set the rest to wait for the next minute.
    await until(async () => {
      for await (const listed of stores.store.list('outbox/')) {
        const entry = await stores.store.get<{ attempts: number }>(listed.key);
        if ((entry?.value.attempts ?? 0) > 0) return true;
      }
      return false;
    }, 30_000);
    expect(sandbox.cases).toHaveLength(60);
    // A minute passes as it does for real, in steps: the lease holder keeps renewing.
    for (let step = 0; step < 13; step += 1) {
      now += 5_000;
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await until(() => sandbox.cases.length >= 120, 30_000);
    await until(() => delivered.length + outcomes.filter((outcome) => outcome.ok).length >= 120);

    expect(now - started).toBeLessThanOrEqual(2 * 60_000);
    expect(sandbox.cases).toHaveLength(120);
    const refIds = new Set(sandbox.cases.map((created) => (created as { refId: string }).refId));
    expect(refIds.size).toBe(120);
    expect(sandbox.received.filter((received) => received.status === 429)).toEqual([]);
    expect(new Set(delivered.map((item) => item.delivery)).size).toBe(delivered.length);
  });
});

async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
