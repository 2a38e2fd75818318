import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaseApiClient } from '../../src/caseApi/caseApiClient.js';
import { buildCaseRequest } from '../../src/cases/caseRequest.js';
import { createLease } from '../../src/storage/lease.js';
import { createMemoryRecordStore } from '../../src/storage/memoryRecordStore.js';
import { createCaseOutbox, type OutboxEntry } from '../../src/submission/caseOutbox.js';
import {
  createCaseSubmission,
  type SubmissionRecord,
} from '../../src/submission/caseSubmission.js';
import { startOutboxWorker } from '../../src/submission/outboxWorker.js';
import { sampleDraft, sampleUser } from '../support/caseFixtures.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { quickRetries, startTestSandbox, testTenant } from '../support/testSandbox.js';

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

const request = (n: number) =>
  buildCaseRequest(
    { ...sampleDraft, name: `Printer ${n} jams` },
    sampleUser,
    testTenant.caseTemplate,
  );

describe('the outbox after an instance died in the middle of sending a draft', () => {
  it("sends the other drafts while the dead instance's claim runs out", async () => {
    const { sandbox, settings } = await startTestSandbox();
    const client = createCaseApiClient(settings, { retry: quickRetries });
    closing.push(
      () => sandbox.close(),
      () => client.close(),
    );
    const store = createMemoryRecordStore();
    // What a SIGKILL during createCase leaves: the oldest draft in the outbox, claimed by an
    // instance that will never finish, until its attempt time is out (three timeouts and 30 s
    // in production; 8 s here, longer than the turn waits and short enough to stop the worker).
    const now = Date.now();
    await store.create('submission/draft-of-the-dead', {
      state: 'sending',
      until: now + 8_000,
    } satisfies SubmissionRecord);
    await store.create('outbox/draft-of-the-dead', {
      request: request(1),
      language: 'en',
      enqueuedAt: now,
      attempts: 0,
      nextAttemptAt: now,
      waitUntil: now,
    } satisfies OutboxEntry);

    const worker = startOutboxWorker({
      store,
      submission: createCaseSubmission(client, store, {
        attemptMs: 60_000,
        commitWindowMs: 120_000,
        pollMs: 10,
      }),
      lease: createLease(store, 'outbox-worker', randomUUID(), 15_000),
      deliver: async () => undefined,
      logger: recordingLogger(),
      tickMs: 20,
      graceMs: 0,
      delayNoticeAfterMs: 60 * 60_000,
    });
    closing.push(() => worker.stop());
    const outbox = createCaseOutbox({
      store,
      waitMs: 3_000,
      pollMs: 10,
      requestsPerMinute: 60,
      nudge: worker.nudge,
    });

    // Another person confirms: the case API is up, so the case is made within the turn's wait.
    expect(await outbox.submit('draft-of-the-living', request(2), 'en')).toMatchObject({
      ok: true,
      kind: 'created',
    });
  });
});
