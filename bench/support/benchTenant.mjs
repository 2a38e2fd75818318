// The tenant a benchmark's case-API sandbox (bench/support/caseApiSandboxServer.mjs) serves, as
// its environment: fixed ids, a fresh client secret, and the per-minute limit given.
import { randomBytes } from 'node:crypto';

export function benchTenant(ratePerMinute) {
  return {
    SANDBOX_STREAM_ID: 'st-bench',
    SANDBOX_ACCOUNT_ID: 'acc-bench',
    SANDBOX_CLIENT_ID: 'bench-client',
    SANDBOX_CLIENT_SECRET: randomBytes(32).toString('hex'),
    SANDBOX_TEMPLATE: 'ctm-bench',
    SANDBOX_RATE_PER_MINUTE: String(ratePerMinute),
  };
}
