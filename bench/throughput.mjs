// Issue #9, points 1 and 3: what a turn of this bot costs next to an echo bot on the same stack,
// measured in one run on loopback, one server at a time (the machines have two cores):
//   (a) a bare restify route answering a small JSON           bench/support/bareRoute.mjs
//   (b) a plain botbuilder echo bot, the baseline             bench/support/echoBot.mjs
//   (c) this bot, mid-intake answers                          bench/support/intakeWorkers.mjs
//   (d) this bot, a long multi-field first message
//   (e) this bot, whole conversations to a created case, against the case-API sandbox with its
//       limit lifted                                          bench/support/caseApiSandboxServer.mjs
//   (f) start-up of `node dist/main.js` to the first 200 of /healthz and /readyz
//   (g) the cold first turn of a fresh process against a warm one
//
//   node bench/throughput.mjs [--rounds 3] [--seconds 5] [--warm-up 3] [--concurrency 50]
//                             [--startups 5] [--storage sqlite|memory]
//
// Rows (a) to (d) run in rounds, each round every row once (bench/support/rounds.mjs): a row's
// ratio to the echo bot is the median of its rounds' ratios, each against the echo bot of the
// same round, so a minute when the shared machine was slow moves one round, not the result.
//
// Each server runs in a child process of its own, preloaded with bench/support/eventLoopProbe.mjs
// (event-loop delay, without touching the server's code); the load comes from this process, one
// undici Client (one connection) per concurrent request (bench/support/loadDriver.mjs). It prints a markdown table, each row beside the
// echo bot of the same run with issue #9's targets, and writes it to
// bench/results/throughput-<date>.md. It runs dist/ as it is (`npm run bench:throughput` builds
// first). Bounded in time: it gives up after a deadline computed from the flags. Exits 1 with one
// line when a server does not start, dies, or answers nothing.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { repliesOf } from './support/activities.mjs';
import { benchTenant } from './support/benchTenant.mjs';
import {
  longOpeningWorker,
  midIntakeWorker,
  sameMessageWorker,
  wholeCaseWorker,
} from './support/intakeWorkers.mjs';
import { driveLoad, percentile } from './support/loadDriver.mjs';
import { combineRounds } from './support/rounds.mjs';
import { killAllServers, startServer } from './support/serverProcess.mjs';
import { measureStartups } from './support/startupAndFirstTurn.mjs';
import { formatReport } from './support/throughputReport.mjs';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
    'warm-up': { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '50' },
    startups: { type: 'string', default: '5' },
    storage: { type: 'string', default: 'sqlite' },
  },
});
const rounds = Number(options.rounds);
const seconds = Number(options.seconds);
const warmUpSeconds = Number(options['warm-up']);
const concurrency = Number(options.concurrency);
const startupRuns = Number(options.startups);
const storage = options.storage;
if (
  !(seconds > 0 && warmUpSeconds >= 0 && Number.isInteger(concurrency) && concurrency >= 1) ||
  !(Number.isInteger(rounds) && rounds >= 1) ||
  !(Number.isInteger(startupRuns) && startupRuns >= 0) ||
  !['sqlite', 'memory'].includes(storage)
) {
  console.error(
    'throughput: --rounds >= 1, --seconds > 0, --warm-up >= 0, --concurrency >= 1, --startups >= 0 (integers), --storage sqlite|memory',
  );
  process.exit(2);
}

const here = import.meta.dirname;
const mainScript = resolve(here, '../dist/main.js');
if (!existsSync(mainScript)) {
  console.error('throughput: dist/ is missing; run `node scripts/buildDist.mjs` first');
  process.exit(2);
}
const support = (file) => resolve(here, 'support', file);
const probe = `--import=${pathToFileURL(support('eventLoopProbe.mjs')).href}`;
const { english } = await import(
  pathToFileURL(resolve(here, '../dist/messages/en/catalog.js')).href
);

/** The sandbox's and the bot's per-minute budget in the end-to-end row: no limit in practice. */
const sandboxRatePerMinute = 1_000_000;
const warmUpTurns = 20;
const warmTurns = 20;
const roundRowCount = 4;
// Generous: a row takes warm-up + seconds + a few seconds to start and stop.
const deadlineMs =
  ((roundRowCount * rounds + 1) * (warmUpSeconds + seconds + 90) + startupRuns * 60) * 1000;

const folder = mkdtempSync(join(tmpdir(), 'throughput-bench-'));
const deadline = setTimeout(() => {
  console.error(`throughput: not finished within ${deadlineMs / 1000} s; stopped`);
  killAllServers();
  rmSync(folder, { recursive: true, force: true });
  process.exit(1);
}, deadlineMs);
deadline.unref();

/** The bot's environment, as `npm start` reads it: local mode, loopback, state under `folder`. */
const botEnvironment = (name) => ({
  HOST: '127.0.0.1',
  STORAGE: storage,
  ...(storage === 'sqlite' ? { SQLITE_PATH: join(folder, `${name}.sqlite`) } : {}),
});

/** Starts one server with the event-loop probe, drives it, stops it; its row. */
async function loadRow({ key, label, script, env = {}, readyPath = '/healthz', workerFor }) {
  const server = await startServer({
    label,
    script,
    nodeArgs: ['--disable-warning=DEP0111', probe],
    env,
    cwd: folder,
    readyPath,
  });
  try {
    return await measure(server, { key, label, workerFor });
  } finally {
    await server.stop();
  }
}

/**
 * Drives a running server and reads its figures over the window; `sideServers` (the sandbox)
 * have their CPU time read over the same window.
 */
async function measure(server, { key, label, workerFor, sideServers = [] }) {
  const marks = () => ({
    cpuMs: server.cpuMs(),
    driver: process.cpuUsage(),
    sideCpuMs: sideServers.map((side) => side.cpuMs()),
  });
  const run = await driveLoad({
    origin: server.origin,
    concurrency,
    warmUpMs: warmUpSeconds * 1000,
    measureMs: seconds * 1000,
    workerFor,
    onWindowStart: () => {
      const at = marks();
      void server.eventLoopReport(); // opens the probe's window; its report is the warm-up's
      return at;
    },
    onWindowEnd: () => {
      const at = marks();
      return server.eventLoopReport().then((loop) => ({ ...at, loop }));
    },
  });
  if (!server.alive()) throw new Error(`${label} died during the run: ${server.lastWords()}`);
  if (run.requests === 0)
    throw new Error(`${label} answered no request in the window (${run.lastError || 'no error'})`);
  const start = run.atWindowStart;
  const end = run.atWindowEnd;
  const driverCpuMs =
    (end.driver.user + end.driver.system - start.driver.user - start.driver.system) / 1000;
  const cpuTotalMs = end.cpuMs - start.cpuMs;
  return {
    key,
    label,
    seconds: run.seconds,
    requests: run.requests,
    rps: run.requests / run.seconds,
    p50: percentile(run.latencies, 0.5),
    p99: percentile(run.latencies, 0.99),
    latencies: run.latencies,
    latenciesByLabel: run.latenciesByLabel,
    cpuTotalMs,
    cpuMs: cpuTotalMs / run.requests,
    driverCpuMs: driverCpuMs / run.requests,
    sideCpuMs: end.sideCpuMs.map((value, index) => value - start.sideCpuMs[index]),
    loop: end.loop,
    byLabel: new Map(
      [...run.latenciesByLabel].map(([name, values]) => [
        name,
        { p50: percentile(values, 0.5), p99: percentile(values, 0.99) },
      ]),
    ),
    counts: run.counts,
    errors: run.errors,
    lastError: run.lastError,
  };
}

/** Row (e): the sandbox in its own process, the bot pointed at it as at a remote tenant. */
async function wholeCaseRow() {
  const tenant = benchTenant(sandboxRatePerMinute);
  const sandbox = await startServer({
    label: 'the case-API sandbox',
    script: support('caseApiSandboxServer.mjs'),
    env: tenant,
    cwd: folder,
    readyPath: '/',
    anyStatus: true,
  });
  try {
    const label = 'this bot, whole conversations to a created case';
    const bot = await startServer({
      label,
      script: mainScript,
      nodeArgs: ['--disable-warning=DEP0111', probe],
      env: {
        ...botEnvironment('whole-case'),
        KORE_BASE_URL: sandbox.origin,
        KORE_STREAM_ID: tenant.SANDBOX_STREAM_ID,
        KORE_ACCOUNT_ID: tenant.SANDBOX_ACCOUNT_ID,
        KORE_CASE_TEMPLATE: tenant.SANDBOX_TEMPLATE,
        KORE_CLIENT_ID: tenant.SANDBOX_CLIENT_ID,
        KORE_CLIENT_SECRET: tenant.SANDBOX_CLIENT_SECRET,
        KORE_REQUESTS_PER_MINUTE: String(sandboxRatePerMinute),
      },
      cwd: folder,
      readyPath: '/readyz',
    });
    let row;
    try {
      row = await measure(bot, {
        key: 'wholeCase',
        label,
        workerFor: (index) => wholeCaseWorker(index, english),
        sideServers: [sandbox],
      });
    } finally {
      await bot.stop();
    }
    // The sandbox prints what it created when it is stopped.
    const totals = sandbox.nextReport('sandboxCases', 5_000);
    await sandbox.stop();
    return { row, sandboxCpuMs: row.sideCpuMs[0], sandboxTotals: await totals };
  } finally {
    await sandbox.stop(); // after a failure; a no-op once stopped
  }
}

const loadBefore = loadavg()[0].toFixed(2);
const started = new Date();
let report;
try {
  const step = (what) => console.error(`throughput: ${what}…`);
  const roundRows = [];
  for (let round = 1; round <= rounds; round += 1) {
    const rows = [];
    const roundStep = (what) => step(`round ${round} of ${rounds}: ${what}`);
    roundStep('(a) bare restify route');
    rows.push(
      await loadRow({
        key: 'bare',
        label: 'bare restify route',
        script: support('bareRoute.mjs'),
        workerFor: (index) => sameMessageWorker(index, (body) => body.ok === true),
      }),
    );
    roundStep('(b) plain botbuilder echo bot');
    rows.push(
      await loadRow({
        key: 'echo',
        label: 'plain botbuilder echo bot, same stack',
        script: support('echoBot.mjs'),
        workerFor: (index) =>
          sameMessageWorker(
            index,
            (body) => repliesOf(body)[0]?.text === 'Echo: Laptop screen flickers',
          ),
      }),
    );
    roundStep('(c) this bot, mid-intake answers');
    rows.push(
      await loadRow({
        key: 'midIntake',
        label: 'this bot, mid-intake answers',
        script: mainScript,
        env: botEnvironment(`mid-intake-${round}`),
        readyPath: '/readyz',
        workerFor: (index) => midIntakeWorker(index, english),
      }),
    );
    roundStep('(d) this bot, a long multi-field first message');
    rows.push(
      await loadRow({
        key: 'longOpening',
        label: 'this bot, a long multi-field first message',
        script: mainScript,
        env: botEnvironment(`long-opening-${round}`),
        readyPath: '/readyz',
        workerFor: (index) => longOpeningWorker(index, english),
      }),
    );
    roundRows.push(rows);
  }
  const rows = combineRounds(roundRows);
  step('(e) this bot, whole conversations against the sandbox');
  const wholeCase = await wholeCaseRow();
  rows.push(wholeCase.row);
  step(`(f, g) start-up and first turn, ${startupRuns} fresh processes`);
  const startups = await measureStartups({
    runs: startupRuns,
    script: mainScript,
    env: (run) => ({
      HOST: '127.0.0.1',
      STORAGE: storage,
      ...(storage === 'sqlite' ? { SQLITE_PATH: join(folder, `startup-${run}.sqlite`) } : {}),
    }),
    cwd: folder,
    english,
    warmUpTurns,
    warmTurns,
  });

  const command = `node bench/throughput.mjs ${process.argv.slice(2).join(' ')}`.trim();
  const machineCpus = cpus();
  report = formatReport({
    meta: {
      date: started.toISOString(),
      command,
      machine: `${machineCpus.length} × ${machineCpus[0]?.model.trim() ?? 'unknown CPU'}`,
      node: process.version,
      loadBefore,
      loadAfter: loadavg()[0].toFixed(2),
      concurrency,
      rounds,
      warmUpSeconds,
      seconds,
      storage:
        storage === 'sqlite'
          ? 'STORAGE=sqlite (the default) on a file in a temporary folder, LOG_LEVEL at its default'
          : 'STORAGE=memory, LOG_LEVEL at its default',
      sandboxRatePerMinute,
      warmUpTurns,
      warmTurns,
      notes: [
        `Mid-intake answers: each of the ${concurrency} conversations is parked at the name question before the clock starts; then it answers, over and over, the name, the description, the e-mail, the phone and an unambiguous due date (each a valid answer, the last one answered with the summary card) and says "start over", which clears the answers and asks for the name again. Five requests in six are answers read and validated; one is the command that keeps the conversation mid-intake. Every reply is checked.`,
        'A long multi-field first message: the opening message of test/corpus/messageCorpus.ts with a description, a deadline, an e-mail and a phone number, each time in a new conversation.',
        'Requests/s and p50/p99 count only requests answered 200 inside the window; the bench process (the load generator) shares the two cores with the server.',
      ],
    },
    rows,
    wholeCase,
    startups,
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`throughput: ${message.split('\n')[0]}`);
  process.exitCode = 1;
} finally {
  killAllServers();
  rmSync(folder, { recursive: true, force: true });
  clearTimeout(deadline);
}

if (report) {
  console.log(report);
  const results = resolve(here, 'results');
  mkdirSync(results, { recursive: true });
  const stamp = started.toISOString().slice(0, 19).replaceAll(':', '-');
  const file = join(results, `throughput-${stamp}Z.md`);
  writeFileSync(file, report);
  console.error(`throughput: written to ${file}`);
}
