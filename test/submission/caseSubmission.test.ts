import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CaseApiClient, createCaseApiClient } from '../../src/caseApi/caseApiClient.js';
import { buildCaseRequest } from '../../src/cases/caseRequest.js';
import type { CaseApiSandbox } from '../../src/sandbox/caseApiSandbox.js';
import {
  type CaseSubmission,
  createCaseSubmission,
  type SubmissionRecord,
} from '../../src/submission/caseSubmission.js';
import { sampleDraft, sampleUser } from '../support/caseFixtures.js';
import { recordStoreBackends, type TestStore } from '../support/recordStores.js';
import { quickRetries, startTestSandbox, testTenant } from '../support/testSandbox.js';

const request = buildCaseRequest(sampleDraft, sampleUser, testTenant.caseTemplate);
const calls = (sandbox: CaseApiSandbox) =>
  sandbox.received.map((received) => `${received.path.split('/').at(-1)} ${received.status}`);
const timings = { attemptMs: 60_000, commitWindowMs: 120_000, pollMs: 10 };

describe.each(recordStoreBackends)('submitting confirmed drafts, records on %s', (_name, open) => {
  let sandbox: CaseApiSandbox;
  let client: CaseApiClient;
  let stores: TestStore;
  let now: number;
  const clock = () => now;
  let submission: CaseSubmission;

  beforeEach(async () => {
    const started = await startTestSandbox();
    sandbox = started.sandbox;
    client = createCaseApiClient({ ...started.settings, timeoutMs: 300 }, { retry: quickRetries });
    stores = await open();
    // The sandbox stamps cases with the real time; this clock starts there and moves on command.
    now = Date.now();
    submission = createCaseSubmission(client, stores.store, timings, clock);
  });
  afterEach(async () => {
    await client.close();
    await sandbox.close();
    await stores.dispose();
  });

  it('creates a draft once, and answers a second submit with the same case', async () => {
    const first = await submission.submit('draft-1', request, 'en');
    const again = await submission.submit('draft-1', request, 'en');
    expect(first).toMatchObject({ ok: true, kind: 'created', repeated: false });
    expect(again).toMatchObject({ ok: true, kind: 'created', repeated: true });
    expect(again.ok && again.receipt).toEqual(first.ok && first.receipt);
    expect(calls(sandbox)).toEqual(['createCase 200']);
  });

  it('lets two instances racing on one draft create one case', async () => {
    const other = createCaseSubmission(client, stores.reopen(), timings, clock);
    const outcomes = await Promise.all([
      submission.submit('draft-1', request, 'en'),
      other.submit('draft-1', request, 'en'),
      submission.submit('draft-1', request, 'en'),
    ]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(sandbox.cases).toHaveLength(1);
  });

  it('reports the case an attempt with a lost answer created, without creating it again', async () => {
    sandbox.injectFaults({ kind: 'dropAfterCreate' });
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: false,
      error: { kind: 'unknown_outcome' },
    });
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: true,
      kind: 'found',
      receipt: { refId: 'CS000001' },
    });
    expect(calls(sandbox)).toEqual(['createCase 0', 'getCases 200']);
  });

  it('never resends within the commit window, so a late commit is found, not duplicated', async () => {
    sandbox.injectFaults({ kind: 'commitLate', ms: 600 });
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: false,
      error: { kind: 'unknown_outcome' },
    });
    // Before the API commits: the search misses it, and nothing is sent.
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: false,
      error: { kind: 'unknown_outcome', reason: 'may still appear' },
    });
    await until(() => sandbox.cases.length === 1);
    now += timings.commitWindowMs;
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: true,
      kind: 'found',
    });
    expect(sandbox.cases).toHaveLength(1);
  });

  it('creates the case once a search well past the commit window finds none', async () => {
    sandbox.injectFaults({ kind: 'status', status: 500 });
    await submission.submit('draft-1', request, 'en');
    now += timings.commitWindowMs;
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: true,
      kind: 'created',
    });
    expect(calls(sandbox)).toEqual(['createCase 500', 'getCases 200', 'createCase 200']);
  });

  it('sends nothing new when the search itself fails, and says the outcome is still unknown', async () => {
    sandbox.injectFaults({ kind: 'dropAfterCreate' });
    await submission.submit('draft-1', request, 'en');
    // Refused, and refused again with a fresh token: the credentials are wrong.
    const refused = {
      kind: 'status' as const,
      status: 401,
      body: '{"errors":[{"msg":"Invalid SDK credentials"}]}',
    };
    sandbox.injectFaults(refused, refused);
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: false,
      error: { kind: 'unknown_outcome' },
    });
    expect(calls(sandbox)).toEqual(['createCase 0', 'getCases 401', 'getCases 401']);
  });

  it('does not search after a failure that could not have created anything', async () => {
    sandbox.injectFaults({
      kind: 'status',
      status: 400,
      body: '{"errors":[{"msg":"Invalid case template"}]}',
    });
    await submission.submit('draft-1', request, 'en');
    await submission.submit('draft-1', request, 'en');
    expect(calls(sandbox)).toEqual(['createCase 400', 'createCase 200']);
  });

  it('does not take a different case with the same name for the uncertain one', async () => {
    await client.createCase(
      { ...request, userInfo: { _id: 'someone-else', name: 'X' }, emailId: 'x@fabrikam.com' },
      { language: 'en' },
    );
    sandbox.injectFaults({ kind: 'status', status: 504 });
    await submission.submit('draft-1', request, 'en');
    now += timings.commitWindowMs;
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: true,
      kind: 'created',
      receipt: { refId: 'CS000002' },
    });
  });

  it('treats a claim whose holder died mid-attempt as uncertain: it searches first', async () => {
    await client.createCase(request, { language: 'en' });
    const stale: SubmissionRecord = { state: 'sending', until: now - 1 };
    await stores.store.put('submission/draft-1', stale);
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: true,
      kind: 'found',
      receipt: { refId: 'CS000001' },
    });
    expect(sandbox.cases).toHaveLength(1);
  });

  it('keeps ids and names in its records, not whole responses', async () => {
    await submission.submit('draft-1', request, 'en');
    const stored = await stores.store.get<SubmissionRecord>('submission/draft-1');
    expect(stored?.value).toEqual({
      state: 'created',
      receipt: {
        caseId: expect.any(String),
        refId: 'CS000001',
        status: expect.any(String),
        assignment: expect.any(Object),
        dueDate: expect.any(String),
      },
    });
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
