// Issue #9: what the case API client (dist/caseApi/caseApiClient.js) costs over a raw
// `undici.request` of the same createCase call, against the sandbox in a process of its own with
// its limit lifted. Both send the same body with the same headers and token over keep-alive
// connections and read the JSON answer; the client also validates the request, keeps the
// account's rate budget, parses the answer with its schema and types its errors. Measured in
// this process (the sandbox's CPU is its own): CPU per call and p50/p99, one call at a time and
// ten at once. Prints a markdown table and writes it to bench/results/case-api-client-<date>.md.
//
//   node bench/caseApiClient.mjs [--calls 1000]
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool, request } from 'undici';
import { createAuthTokenSource } from '../dist/caseApi/authToken.js';
import { createCaseApiClient } from '../dist/caseApi/caseApiClient.js';
import { benchTenant } from './support/benchTenant.mjs';
import { percentile } from './support/loadDriver.mjs';
import { killAllServers, startServer } from './support/serverProcess.mjs';

const { values: options } = parseArgs({ options: { calls: { type: 'string', default: '1000' } } });
const calls = Number(options.calls);
const unlimited = 1_000_000;
const tenant = benchTenant(unlimited);
process.on('exit', killAllServers);
const sandbox = await startServer({
  label: 'the case-API sandbox',
  script: resolve('bench/support/caseApiSandboxServer.mjs'),
  env: tenant,
  readyPath: '/',
  anyStatus: true,
});

const settings = {
  baseUrl: sandbox.origin,
  streamId: tenant.SANDBOX_STREAM_ID,
  accountId: tenant.SANDBOX_ACCOUNT_ID,
  iid: tenant.SANDBOX_STREAM_ID,
  caseTemplate: tenant.SANDBOX_TEMPLATE,
  auth: {
    kind: 'client',
    clientId: tenant.SANDBOX_CLIENT_ID,
    clientSecret: tenant.SANDBOX_CLIENT_SECRET,
    singleUseTokens: false,
  },
  timeoutMs: 10_000,
  requestsPerMinute: unlimited,
};
const body = (n) => ({
  caseTmp: tenant.SANDBOX_TEMPLATE,
  name: `Bench case ${n}`,
  desc: 'Every duplex job jams the printer on floor 3.',
  userInfo: { _id: 'bench-user', name: 'Bench' },
  emailId: 'ann@contoso.com',
  phoneNumber: '+442079460018',
  dueDate: '2027-03-15T13:00:00.000Z',
  source: 'rtm',
});

const client = createCaseApiClient(settings);
const tokens = createAuthTokenSource(settings.auth, Date.now);
const pool = new Pool(sandbox.origin, { connections: 10 });
const url = `${sandbox.origin}/caseManagement/api/public/analytics/${settings.streamId}/createCase`;

const ways = {
  'raw undici.request': async (n) => {
    const response = await request(url, {
      method: 'POST',
      dispatcher: pool,
      headers: {
        AccountId: settings.accountId,
        auth: await tokens.token(),
        Iid: settings.iid,
        'Content-Type': 'application/json;charset=UTF-8',
        'bot-language': 'en',
        'app-language': 'en',
      },
      body: JSON.stringify(body(n)),
    });
    const answer = await response.body.json();
    if (response.statusCode !== 200 || !answer.refId)
      throw new Error(`raw call: ${response.statusCode}`);
  },
  'the case API client': async (n) => {
    const result = await client.createCase(body(n), { language: 'en' });
    if (!result.ok) throw new Error(`client call: ${result.error.kind}`);
  },
};

async function measure(call, concurrency) {
  for (let n = 0; n < 50; n++) await call(n);
  const latencies = [];
  let next = 0;
  const start = process.cpuUsage();
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) {
        const n = next++;
        const t0 = performance.now();
        await call(n);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const used = process.cpuUsage(start);
  const seconds = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    cpuMs: (used.user + used.system) / 1000 / calls,
    rate: calls / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

const rows = [];
for (const concurrency of [1, 10]) {
  for (const [name, call] of Object.entries(ways)) {
    rows.push({ name, concurrency, ...(await measure(call, concurrency)) });
  }
}
await client.close();
await pool.close();
await sandbox.stop();

const ms = (value) => `${value.toFixed(value < 1 ? 3 : 2)} ms`;
const lines = [
  `# The case API client against a raw undici.request: ${new Date().toISOString()}`,
  '',
  '`node bench/caseApiClient.mjs`',
  '',
  `node ${process.version}; load average (1 min) ${loadavg()[0].toFixed(2)}. ${calls} createCase calls per row after 50 untimed, to the sandbox in its own process on 127.0.0.1 with its limit lifted; CPU is this process's (the caller's) per call.`,
  '',
  '| caller | at once | calls/s | p50 | p99 | CPU per call | CPU over raw |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((row) => {
    const raw = rows.find((other) => other.concurrency === row.concurrency);
    return `| ${row.name} | ${row.concurrency} | ${Math.round(row.rate)} | ${ms(row.p50)} | ${ms(row.p99)} | ${ms(row.cpuMs)} | ${row === raw ? 'baseline' : `${row.cpuMs >= raw.cpuMs ? '+' : '−'}${ms(Math.abs(row.cpuMs - raw.cpuMs))}`} |`;
  }),
];
const report = lines.join('\n');
console.log(report);
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/case-api-client-${new Date()
  .toISOString()
  .replace(/:/g, '-')
  .replace(/\.\d+Z$/, 'Z')}.md`;
writeFileSync(file, `${report}\n`);
console.log(`\ncaseApiClient: written to ${resolve(file)}`);
