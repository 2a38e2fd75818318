import type { CaseApiSettings } from '../../src/caseApi/caseApiSettings.js';
import {
  type CaseApiSandbox,
  type CaseApiSandboxOptions,
  startCaseApiSandbox,
} from '../../src/sandbox/caseApiSandbox.js';

/** The tenant every test sandbox pretends to be. */
export const testTenant = {
  streamId: 'st-test',
  accountId: 'acc-test',
  clientId: 'cs-test-client',
  clientSecret: 'test-secret-that-is-long-enough-for-hs256',
  caseTemplate: 'ctm-test',
};

/** A sandbox on a free loopback port, and client settings that reach it. */
export async function startTestSandbox(
  options: Partial<CaseApiSandboxOptions> = {},
): Promise<{ sandbox: CaseApiSandbox; settings: CaseApiSettings }> {
  const sandbox = await startCaseApiSandbox({
    streamId: testTenant.streamId,
    accountId: testTenant.accountId,
    clientId: testTenant.clientId,
    clientSecret: testTenant.clientSecret,
    templates: { [testTenant.caseTemplate]: 'Support' },
    ...options,
  });
  return {
    sandbox,
    settings: {
      baseUrl: sandbox.url,
      streamId: testTenant.streamId,
      accountId: testTenant.accountId,
      iid: testTenant.streamId,
      caseTemplate: testTenant.caseTemplate,
      auth: {
        kind: 'client',
        clientId: testTenant.clientId,
        clientSecret: testTenant.clientSecret,
        singleUseTokens: false,
      },
      timeoutMs: 2_000,
    },
  };
}

/** Retries that wait only a few milliseconds, so failure tests stay quick. */
export const quickRetries = {
  maxAttempts: 3,
  baseDelayMs: 5,
  maxDelayMs: 20,
  maxRetryAfterMs: 1_500,
};
