import { afterEach, describe, expect, it } from 'vitest';
import { createCaseApiClient } from '../../src/caseApi/caseApiClient.js';
import { buildCaseRequest } from '../../src/cases/caseRequest.js';
import { createMemoryRecordStore } from '../../src/storage/memoryRecordStore.js';
import { createCaseSubmission } from '../../src/submission/caseSubmission.js';
import { sampleDraft, sampleUser } from '../support/caseFixtures.js';
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
});
