import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CaseApiClient, createCaseApiClient } from '../../src/caseApi/caseApiClient.js';
import { buildCaseRequest } from '../../src/cases/caseRequest.js';
import { type CaseSubmission, createCaseSubmission } from '../../src/dialogs/caseSubmission.js';
import { createMemorySubmissionLedger } from '../../src/dialogs/submissionLedger.js';
import type { CaseApiSandbox } from '../../src/sandbox/caseApiSandbox.js';
import { sampleDraft, sampleUser } from '../support/caseFixtures.js';
import { quickRetries, startTestSandbox, testTenant } from '../support/testSandbox.js';

const request = buildCaseRequest(sampleDraft, sampleUser, testTenant.caseTemplate);
const calls = (sandbox: CaseApiSandbox) =>
  sandbox.received.map((received) => `${received.path.split('/').at(-1)} ${received.status}`);

let sandbox: CaseApiSandbox;
let client: CaseApiClient;
let submission: CaseSubmission;

beforeEach(async () => {
  const started = await startTestSandbox();
  sandbox = started.sandbox;
  client = createCaseApiClient(started.settings, { retry: quickRetries });
  submission = createCaseSubmission(client, createMemorySubmissionLedger());
});
afterEach(async () => {
  await client.close();
  await sandbox.close();
});

describe('submitting a case when an attempt may have worked', () => {
  it('reports the case an attempt with a lost answer created, without creating it again', async () => {
    sandbox.injectFaults({ kind: 'dropAfterCreate' });
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: false,
      error: { kind: 'unknown_outcome' },
    });
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: true,
      kind: 'found',
      case: { refId: 'CS000001' },
    });
    expect(calls(sandbox)).toEqual(['createCase 0', 'getCases 200']);
  });

  it('creates the case when the search shows the uncertain attempt did not', async () => {
    sandbox.injectFaults({ kind: 'status', status: 500 });
    await submission.submit('draft-1', request, 'en');
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: true,
      kind: 'created',
    });
    expect(calls(sandbox)).toEqual(['createCase 500', 'getCases 200', 'createCase 200']);
  });

  it('sends nothing new when the search itself fails, and says the outcome is still unknown', async () => {
    sandbox.injectFaults({ kind: 'dropAfterCreate' });
    await submission.submit('draft-1', request, 'en');
    sandbox.injectFaults({
      kind: 'status',
      status: 401,
      body: '{"errors":[{"msg":"Invalid SDK credentials"}]}',
    });
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: false,
      error: { kind: 'unknown_outcome' },
    });
    expect(calls(sandbox)).toEqual(['createCase 0', 'getCases 401']);
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
    expect(await submission.submit('draft-1', request, 'en')).toMatchObject({
      ok: true,
      kind: 'created',
      case: { refId: 'CS000002' },
    });
  });
});
