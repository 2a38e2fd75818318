import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type CaseApiClient, createCaseApiClient } from '../../src/caseApi/caseApiClient.js';
import { buildCaseRequest } from '../../src/cases/caseRequest.js';
import { createLease } from '../../src/storage/lease.js';
import { createMemoryRecordStore } from '../../src/storage/memoryRecordStore.js';
import { createCaseOutbox, type OutboxNews } from '../../src/submission/caseOutbox.js';
import { createCaseSubmission } from '../../src/submission/caseSubmission.js';
import { startOutboxWorker } from '../../src/submission/outboxWorker.js';
import { sampleDraft, sampleUser } from '../support/caseFixtures.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { quickRetries, startTestSandbox, testTenant } from '../support/testSandbox.js';

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

const annRequest = buildCaseRequest(sampleDraft, sampleUser, testTenant.caseTemplate);
/** Someone else reporting the same problem under the same name: an outage brings many. */
const colleagueRequest = (n: number) =>
  buildCaseRequest(
    { ...sampleDraft, email: `colleague${n}@contoso.com` },
    { _id: `aad-colleague-${n}`, name: `Colleague ${n}` },
    testTenant.caseTemplate,
  );

describe('the search for a case whose answer was lost', () => {
  it('finds it even when more than a page of cases with the same name came after it', async () => {
    // Budget enough for 60 cases at once; the API's own 60 a minute is not the point here.
    const { sandbox, settings } = await startTestSandbox({ ratePerMinute: 1_000 });
    const client = createCaseApiClient(
      { ...settings, requestsPerMinute: 1_000 },
      { retry: quickRetries },
    );
    closing.push(
      () => sandbox.close(),
      () => client.close(),
    );
    let now = Date.now();
    const submission = createCaseSubmission(
      client,
      createMemoryRecordStore(),
      { attemptMs: 60_000, commitWindowMs: 120_000, pollMs: 5 },
      () => now,
    );

    sandbox.injectFaults({ kind: 'dropAfterCreate' });
    expect(await submission.submit('draft-ann', annRequest, 'en')).toMatchObject({
      ok: false,
      error: { kind: 'unknown_outcome' },
    });
    // Ann's case exists; before the bot searches for it (a restart, a long backoff), 60 more
    // cases with the same name are opened: newest first, hers is not on the first page.
    for (let n = 1; n <= 60; n += 1) {
      expect((await client.createCase(colleagueRequest(n), { language: 'en' })).ok).toBe(true);
    }
    now += 121_000;

    const outcome = await submission.submit('draft-ann', annRequest, 'en');

    expect(outcome).toMatchObject({ ok: true, kind: 'found' });
    const annCases = sandbox.cases.filter(
      (created) => (created.userInfo as { _id: string })._id === sampleUser._id,
    );
    expect(annCases).toHaveLength(1);
  });

  it('gives a draft up as unconfirmed, never sent again, once no search can ever read all its namesakes', {
    timeout: 30_000,
  }, async () => {
    const { sandbox, settings } = await startTestSandbox({ ratePerMinute: 10_000 });
    const client = createCaseApiClient(
      { ...settings, requestsPerMinute: 10_000 },
      { retry: quickRetries },
    );
    closing.push(
      () => sandbox.close(),
      () => client.close(),
    );
    let now = Date.now();
    const clock = () => now;
    const store = createMemoryRecordStore();
    const submission = createCaseSubmission(
      client,
      store,
      { attemptMs: 60_000, commitWindowMs: 120_000, pollMs: 5 },
      clock,
    );
    const outbox = createCaseOutbox({ store, waitMs: 0, pollMs: 5, requestsPerMinute: 60, clock });

    sandbox.injectFaults({ kind: 'dropAfterCreate' });
    expect(await outbox.submit('draft-ann', annRequest, 'en', { to: 'ann' })).toMatchObject({
      kind: 'queued',
    });
    const news: OutboxNews[] = [];
    const logger = recordingLogger();
    const worker = startOutboxWorker({
      store,
      submission,
      lease: createLease(store, 'outbox-worker', randomUUID(), 15_000, clock),
      deliver: async (_delivery, item) => void news.push(item),
      logger,
      tickMs: 10,
      graceMs: 0,
      delayNoticeAfterMs: 60 * 60_000,
      clock,
    });
    closing.push(() => worker.stop());
    await expect.poll(() => sandbox.received.length, { timeout: 10_000 }).toBe(1);
    // More namesakes than a search reads (five pages of fifty) within the attempt's window.
    await openNamesakes(client, 260);
    const createsBefore = createCalls(sandbox);

    // Inside the window the search cannot be complete yet: the draft stays uncertain.
    now += 121_000;
    await expect.poll(() => searches(sandbox), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    expect(news).toEqual([]);
    // Past the window, even by a clock five minutes behind, no search will ever read it all.
    now += 11 * 60_000;
    await expect.poll(() => news.length, { timeout: 10_000 }).toBeGreaterThan(0);

    expect(news).toEqual([{ ok: false, kind: 'unconfirmed', sentAt: expect.any(Number) }]);
    expect(createCalls(sandbox)).toBe(createsBefore);
    expect((await outbox.stats()).depth).toBe(0);
    // The operator can find it by its draft key; the log holds no name, e-mail or number.
    const told = logger.entries.filter((entry) => entry.message.includes('cannot be confirmed'));
    expect(told).toEqual([
      expect.objectContaining({
        level: 'warn',
        details: expect.objectContaining({ draftKey: 'draft-ann' }),
      }),
    ]);
    expect(JSON.stringify(logger.entries)).not.toContain(annRequest.emailId);
    // Confirming again gets the same answer, and still sends nothing.
    expect(await submission.submit('draft-ann', annRequest, 'en')).toMatchObject({
      kind: 'unconfirmed',
    });
    expect(createCalls(sandbox)).toBe(createsBefore);
  });
});

async function openNamesakes(client: CaseApiClient, count: number): Promise<void> {
  for (let n = 1; n <= count; n += 10) {
    const batch = Array.from({ length: 10 }, (_, i) =>
      client.createCase(colleagueRequest(n + i), { language: 'en' }),
    );
    for (const result of await Promise.all(batch)) expect(result.ok).toBe(true);
  }
}

const createCalls = (sandbox: { received: { path: string }[] }) =>
  sandbox.received.filter((received) => received.path.endsWith('/createCase')).length;
const searches = (sandbox: { received: { path: string }[] }) =>
  sandbox.received.filter((received) => received.path.endsWith('/getCases')).length;
