// The case-API sandbox (dist/sandbox/caseApiSandbox.js) in a process of its own, with its
// per-minute limit lifted, for the end-to-end row of bench/throughput.mjs. The bot is pointed at
// it as at a remote tenant (KORE_BASE_URL, client id and secret, KORE_REQUESTS_PER_MINUTE), the
// way scripts/soak.mjs does, so that the sandbox's work is not measured as the bot's (in sandbox
// mode the bot would run it in its own process, SANDBOX_REQUESTS_PER_MINUTE=0 lifting its limit).
//
// Settings come from the environment: PORT, SANDBOX_STREAM_ID, SANDBOX_ACCOUNT_ID,
// SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, SANDBOX_TEMPLATE, SANDBOX_RATE_PER_MINUTE. On SIGTERM
// it prints `sandboxCases {"cases":…,"createCalls":…}` and exits.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const { startCaseApiSandbox } = await import(
  pathToFileURL(resolve(import.meta.dirname, '../../dist/sandbox/caseApiSandbox.js')).href
);

const env = process.env;
const sandbox = await startCaseApiSandbox(
  {
    streamId: env.SANDBOX_STREAM_ID,
    accountId: env.SANDBOX_ACCOUNT_ID,
    clientId: env.SANDBOX_CLIENT_ID,
    clientSecret: env.SANDBOX_CLIENT_SECRET,
    templates: { [env.SANDBOX_TEMPLATE]: 'Bench support' },
    ratePerMinute: Number(env.SANDBOX_RATE_PER_MINUTE),
  },
  Number(env.PORT),
);

process.on('SIGTERM', async () => {
  const createCalls = sandbox.received.filter((request) =>
    request.path.endsWith('/createCase'),
  ).length;
  process.stdout.write(
    `sandboxCases ${JSON.stringify({ cases: sandbox.cases.length, createCalls })}\n`,
  );
  await sandbox.close();
  process.exit(0);
});
