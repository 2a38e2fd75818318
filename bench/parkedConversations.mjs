// What one parked conversation costs in memory, and whether that cost stays bounded: N
// conversations each start an intake and give two answers (name, description), so each is parked
// at the e-mail question; the heap (after two full GCs) and the RSS are read before them (after a
// warm-up), after N/2 and after N. One row per storage backend (memory, sqlite).
//
//   node --expose-gc bench/parkedConversations.mjs [--conversations 10000] [--concurrency 50]
//
// Each backend runs in a child process of its own (this script, with --backend), so heaps do not
// mix: the bot is started in-process there as `npm start` starts it (dist/, local mode without
// MicrosoftAppId, the case-API sandbox, LOG_LEVEL=silent, port 0), and the child prints its
// figures as one JSON line. Heap and CPU are the child's, so they include the HTTP client's.
// Loopback only (requests go to 127.0.0.1). Bounded in time: every request gives up after 30 s,
// and each child is killed after 5 minutes plus 100 ms per conversation (about 22 minutes for
// 10,000; a backend takes about 2 minutes here). The SQLite file goes to a temporary folder under
// os.tmpdir() that this script removes whatever happens. Exits non-zero, with one line, when a
// bot does not start or a conversation is not parked as expected.
//
// Reading it: 0→N divides everything the heap gained by N, one-time growth included (V8's
// optimised code and internal lists keep growing for a few thousand turns), so it shrinks as N
// grows; N/2→N is closer to the cost at the margin. RSS rises by a few hundred MB in the first
// thousands of turns (the allocator, not the V8 heap) and then stays flat.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { messageActivity } from './support/activities.mjs';

const { values: options } = parseArgs({
  options: {
    conversations: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '50' },
    /** Set by the parent: run one backend in this process and print its figures as JSON. */
    backend: { type: 'string' },
    /** Set by the parent for the sqlite backend, in a folder the parent removes. */
    'sqlite-path': { type: 'string' },
  },
});
const conversationCount = Number(options.conversations);
const concurrency = Number(options.concurrency);
if (!(Number.isInteger(conversationCount) && conversationCount >= 2 && concurrency >= 1)) {
  console.error('parkedConversations: --conversations (>= 2) and --concurrency must be integers');
  process.exit(2);
}
const backends = ['memory', 'sqlite'];
const turnsPerConversation = 3;
const requestTimeoutMs = 30_000;
const childDeadlineMs = 5 * 60_000 + 100 * conversationCount;

if (options.backend) await measureBackend(options.backend, options['sqlite-path']);
else await compareBackends();

// --- the parent: one child per backend, one table ---------------------------------------------

async function compareBackends() {
  const sqliteFolder = mkdtempSync(join(tmpdir(), 'parked-conversations-'));
  const rows = [];
  try {
    for (const backend of backends) {
      const outcome = await runChild(backend, join(sqliteFolder, 'state.sqlite'));
      if (!outcome.ok) {
        console.error(`parkedConversations: ${backend}: ${outcome.message}`);
        process.exitCode = 1;
        return;
      }
      rows.push(outcome.result);
    }
  } finally {
    rmSync(sqliteFolder, { recursive: true, force: true });
  }
  printTable(rows);
}

/** Runs this script with --backend in a fresh process; its last stdout line is the result. */
async function runChild(backend, sqlitePath) {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--disable-warning=DEP0111',
      fileURLToPath(import.meta.url),
      `--backend=${backend}`,
      `--conversations=${conversationCount}`,
      `--concurrency=${concurrency}`,
      ...(backend === 'sqlite' ? [`--sqlite-path=${sqlitePath}`] : []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), childDeadlineMs);
  const [code, signal] = await new Promise((done) => child.once('close', (...exit) => done(exit)));
  clearTimeout(killer);
  if (code === 0) return { ok: true, result: JSON.parse(stdout.trim().split('\n').at(-1)) };
  const why = stderr.trim().split('\n').at(-1) || `exited with ${signal ?? `code ${code}`}`;
  return {
    ok: false,
    message: signal === 'SIGKILL' ? `no result within ${childDeadlineMs / 1000} s` : why,
  };
}

function printTable(rows) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const perConversation = (bytes) => `${Math.round(bytes)} B`;
  console.log(
    `Parked conversations: ${conversationCount} per backend, ${concurrency} at a time, ${turnsPerConversation} turns each; node ${process.version}.`,
  );
  console.log(
    'Per conversation: 0→N is (value at N − baseline) / N; N/2→N is the growth over the second half / (N/2).',
  );
  console.log('');
  console.log(
    '| storage | heap baseline | heap at N | heap/conv 0→N | heap/conv N/2→N | RSS baseline | RSS at N | RSS/conv 0→N | RSS/conv N/2→N | time | CPU/turn 1st half | CPU/turn 2nd half |',
  );
  console.log(
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) {
    const { baseline, half, full } = row.memory;
    const n = row.conversations;
    console.log(
      `| ${row.backend} | ${mb(baseline.heapUsed)} | ${mb(full.heapUsed)} | ${perConversation((full.heapUsed - baseline.heapUsed) / n)} | ${perConversation((full.heapUsed - half.heapUsed) / (n - row.halfway))} | ${mb(baseline.rss)} | ${mb(full.rss)} | ${perConversation((full.rss - baseline.rss) / n)} | ${perConversation((full.rss - half.rss) / (n - row.halfway))} | ${(row.wallMs / 1000).toFixed(1)} s | ${row.cpuMsPerTurn.firstHalf.toFixed(2)} ms | ${row.cpuMsPerTurn.secondHalf.toFixed(2)} ms |`,
    );
  }
  const sqlite = rows.find((row) => row.backend === 'sqlite');
  if (sqlite?.storedState) {
    console.log('');
    console.log(
      `SQLite file at N: ${sqlite.storedState.conversations} conversation states of ${kb(sqlite.storedState.averageBytes)} JSON each on average (what STORAGE=memory keeps in the heap as a string), file ${mb(sqlite.storedState.fileBytes)}.`,
    );
  }
}

// --- the child: one backend, measured ---------------------------------------------------------

async function measureBackend(backend, sqlitePath) {
  if (typeof global.gc !== 'function') {
    console.error('run with node --expose-gc');
    process.exit(2);
  }
  const { Pool } = await import('undici');
  const { loadConfig } = await import('../dist/config/config.js');
  const { createLogger } = await import('../dist/logging/logger.js');
  const { english } = await import('../dist/messages/en/catalog.js');
  const { startBot } = await import('../dist/server/startBot.js');

  let bot;
  try {
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      STORAGE: backend,
      ...(sqlitePath ? { SQLITE_PATH: sqlitePath } : {}),
    });
    bot = await startBot(config, createLogger(config.logLevel));
  } catch (error) {
    console.error(`the bot did not start: ${oneLine(error)}`);
    process.exit(1);
  }

  const pool = new Pool(`http://127.0.0.1:${new URL(bot.url).port}`, {
    connections: concurrency,
    headersTimeout: requestTimeoutMs,
    bodyTimeout: requestTimeoutMs,
  });
  const parkedAt = english.fieldPrompt.email();

  async function say(conversationId, text) {
    const response = await pool.request({
      path: '/api/messages',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: messageActivity({ conversationId, userId: `user-${conversationId}`, text }),
    });
    const body = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}: ${body}`);
    return JSON.parse(body).activities.map((reply) => reply.text ?? '');
  }

  /** Starts an intake and gives the name and the description: parked at the e-mail question. */
  async function parkConversation(index) {
    const conversationId = `parked-${index}-${randomUUID()}`;
    await say(conversationId, 'I would like to open a case');
    await say(conversationId, `Printer ${index} jams on duplex`);
    const replies = await say(conversationId, `Every duplex job on printer ${index} jams.`);
    if (!replies.includes(parkedAt))
      throw new Error(
        `conversation ${index} is not at the e-mail question: ${replies.join(' / ')}`,
      );
  }

  /** Parks conversations `from` to `to - 1`, `concurrency` at a time; returns wall and CPU ms. */
  async function parkConversations(from, to) {
    const startedAt = performance.now();
    const cpuAtStart = process.cpuUsage();
    let next = from;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < to) await parkConversation(next++);
      }),
    );
    const cpu = process.cpuUsage(cpuAtStart);
    return { wallMs: performance.now() - startedAt, cpuMs: (cpu.user + cpu.system) / 1000 };
  }

  /** Heap and RSS once garbage is gone: two full collections, a turn of the event loop apart. */
  async function settledMemory() {
    global.gc();
    await new Promise((done) => setImmediate(done));
    global.gc();
    const { heapUsed, rss } = process.memoryUsage();
    return { heapUsed, rss };
  }

  try {
    // Warm-up: one conversation per connection, so the sockets of both ends and the first use
    // of the bot's code are in the baseline, not in the parked conversations' cost.
    const warmUp = concurrency;
    const halfway = Math.floor(conversationCount / 2);
    await parkConversations(0, warmUp);
    const baseline = await settledMemory();
    const firstHalf = await parkConversations(warmUp, warmUp + halfway);
    const half = await settledMemory();
    const secondHalf = await parkConversations(warmUp + halfway, warmUp + conversationCount);
    const full = await settledMemory();
    const cpuMsPerTurn = ({ cpuMs }, conversations) =>
      cpuMs / (turnsPerConversation * conversations);

    await pool.close();
    await bot.close();
    const storedState = sqlitePath ? await storedStateOf(sqlitePath) : undefined;
    console.log(
      JSON.stringify({
        backend,
        conversations: conversationCount,
        halfway,
        memory: { baseline, half, full },
        wallMs: firstHalf.wallMs + secondHalf.wallMs,
        cpuMsPerTurn: {
          firstHalf: cpuMsPerTurn(firstHalf, halfway),
          secondHalf: cpuMsPerTurn(secondHalf, conversationCount - halfway),
        },
        storedState,
      }),
    );
  } catch (error) {
    console.error(oneLine(error));
    process.exit(1);
  }
}

/** An error's message on one line (configuration problems come one per line). */
function oneLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split('\n')
    .map((line) => line.trim())
    .join(' ');
}

/** How many conversation states the SQLite file holds, and their average JSON size. */
async function storedStateOf(path) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path, { readonly: true });
  const { conversations, averageBytes } = db
    .prepare(
      "SELECT count(*) AS conversations, avg(length(value)) AS averageBytes FROM records WHERE key >= 'state/' AND key < 'state0'",
    )
    .get();
  db.close();
  return { conversations, averageBytes, fileBytes: statSync(path).size };
}
