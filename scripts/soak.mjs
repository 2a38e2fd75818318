#!/usr/bin/env node
/**
 * The soak: at least 500 conversations through the real bot process while the case API
 * (the sandbox, in this process) plays random faults, with one SIGKILL of the bot mid-run.
 * Every confirmed draft must end as exactly one case: none lost, none duplicated. The one
 * exception is a draft no search can settle (more namesakes than a search reads, `--names 1`):
 * sent once, never resent, and its person told so; it counts as lost unless they were told.
 *
 *   npm run build && npm run soak
 *   npm run soak -- --conversations 800 --concurrency 30 --fault-share 0.15
 *   npm run soak -- --names 1     (every case under one name: the hardest search)
 *
 * It builds nothing: it runs dist/ as it is. Loopback only; it stops by itself (a deadline
 * bounds every phase) and exits 1 when a case was lost or made twice, a conversation could not
 * be confirmed, or the bot died by itself. The bot's log is kept when the run fails.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    conversations: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '20' },
    /** Faults per request the case API answers, roughly. */
    'fault-share': { type: 'string', default: '0.1' },
    /** How long the outbox may take to drain after the last conversation, in minutes. */
    'drain-minutes': { type: 'string', default: '6' },
    /**
     * How many case names the conversations share, as in an outage where many report the same
     * thing. The search for an uncertain case reads its name, and this run packs into about a
     * minute what the API's 60 a minute would spread over eight: one name makes 500 namesakes
     * within the search's window.
     */
    names: { type: 'string', default: '10' },
  },
});
const conversationCount = Number(options.conversations);
const concurrency = Number(options.concurrency);
const faultShare = Number(options['fault-share']);
const drainDeadlineMs = Number(options['drain-minutes']) * 60_000;
const caseNames = Array.from(
  { length: Number(options.names) },
  (_, n) => `Printer on floor ${n + 1} jams`,
);
/** Both the sandbox's limit and the bot's own budget: 500 cases at 60 a minute take 9 minutes. */
const requestsPerMinute = 6_000;
/** Short, so answers slower than it (a fault) are timeouts with an unknown outcome. */
const caseApiTimeoutMs = 2_000;
/** No single HTTP request to the bot may take longer; a hang is a failure, not a wait. */
const turnTimeoutMs = 30_000;

const dist = (file) => resolve('dist', file);
if (!existsSync(dist('main.js')) || !existsSync(dist('sandbox/caseApiSandbox.js'))) {
  console.error('soak: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const { startCaseApiSandbox } = await import(pathToFileURL(dist('sandbox/caseApiSandbox.js')).href);
const { english } = await import(pathToFileURL(dist('messages/en/catalog.js')).href);

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (line) => console.log(`[${elapsed()}] ${line}`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// --- the case API: the sandbox with a secret of this run --------------------------------------

const tenant = {
  streamId: 'st-soak',
  accountId: 'acc-soak',
  clientId: 'soak-client',
  clientSecret: randomBytes(32).toString('hex'),
  caseTemplate: 'ctm-soak',
};
const sandbox = await startCaseApiSandbox({
  streamId: tenant.streamId,
  accountId: tenant.accountId,
  clientId: tenant.clientId,
  clientSecret: tenant.clientSecret,
  templates: { [tenant.caseTemplate]: 'Soak' },
  ratePerMinute: requestsPerMinute,
});

/** What the case API may do instead of answering normally; one is drawn per fault. */
const faultMenu = [
  { kind: 'status', status: 500, body: 'Internal error' },
  { kind: 'status', status: 502, body: '<html>Bad gateway</html>' },
  { kind: 'status', status: 503 },
  { kind: 'status', status: 503, headers: { 'retry-after': '1' } },
  { kind: 'status', status: 429 },
  { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
  { kind: 'status', status: 401, body: '{"errors":[{"msg":"Token expired","code":4002}]}' },
  { kind: 'status', status: 200, body: '{"_id":"ci-' },
  { kind: 'dropAfterCreate' },
  { kind: 'delay', ms: caseApiTimeoutMs + 500 },
  { kind: 'delay', ms: 300 },
  { kind: 'commitLate', ms: caseApiTimeoutMs + 1_000 },
];
const faultsPlayed = new Map();
let faultsInjected = 0;
/** Keeps about `faultShare` of the requests the case API receives faulty, drawn at random. */
const faultTimer = setInterval(() => {
  while (faultsInjected < faultShare * sandbox.received.length + 1) {
    const fault = faultMenu[Math.floor(Math.random() * faultMenu.length)];
    sandbox.injectFaults(fault);
    faultsInjected += 1;
    const name =
      fault.kind === 'status'
        ? `${fault.status}${fault.headers ? ' Retry-After' : ''}`
        : fault.kind;
    faultsPlayed.set(name, (faultsPlayed.get(name) ?? 0) + 1);
  }
}, 100);

// --- the bot: `node dist/main.js` on a SQLite file that outlives the process ------------------

const folder = mkdtempSync(join(tmpdir(), 'case-intake-soak-'));
const botLogPath = join(folder, 'bot.log');
const botLog = createWriteStream(botLogPath);
const port = await freePort();
const botUrl = `http://127.0.0.1:${port}`;
const botEnvironment = {
  PATH: process.env.PATH ?? '',
  PORT: String(port),
  LOG_LEVEL: 'warn',
  STORAGE: 'sqlite',
  SQLITE_PATH: join(folder, 'soak.sqlite'),
  WEBCHAT_ENABLED: 'false',
  KORE_BASE_URL: sandbox.url,
  KORE_STREAM_ID: tenant.streamId,
  KORE_ACCOUNT_ID: tenant.accountId,
  KORE_CASE_TEMPLATE: tenant.caseTemplate,
  KORE_CLIENT_ID: tenant.clientId,
  KORE_CLIENT_SECRET: tenant.clientSecret,
  KORE_REQUESTS_PER_MINUTE: String(requestsPerMinute),
  KORE_TIMEOUT_MS: String(caseApiTimeoutMs),
};

let bot;
let botDiedByItself = false;
/** Resolves once the bot answers /healthz; turns wait for it before each attempt. */
let botReady = startBotProcess();

async function startBotProcess() {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', dist('main.js')], {
    cwd: folder,
    env: botEnvironment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(botLog, { end: false });
  child.stderr.pipe(botLog, { end: false });
  child.killedOnPurpose = false;
  child.once('exit', (code, signal) => {
    if (!child.killedOnPurpose) {
      botDiedByItself = true;
      log(`the bot exited by itself (code ${code}, signal ${signal})`);
    }
  });
  bot = child;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bot exited at start-up; see ${botLogPath}`);
    const up = await fetch(`${botUrl}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    if (Date.now() > deadline) throw new Error(`the bot did not start; see ${botLogPath}`);
    await sleep(50);
  }
}

/** SIGKILL, as a crash or an evicted container would, then start again on the same file. */
async function killAndRestartBot() {
  const dying = bot;
  dying.killedOnPurpose = true;
  dying.kill('SIGKILL');
  await once(dying, 'exit');
  log('bot killed (SIGKILL); starting it again on the same SQLite file');
  await startBotProcess();
  log('bot back');
}

// --- the conversations ------------------------------------------------------------------------

const dueDate = dueDateText();
/** The answers of conversation `index`, in the order the intake asks. */
const answersOf = (index) => [
  caseNames[index % caseNames.length],
  'Every duplex job jams the printer.',
  `soak.user${index}@contoso.com`,
  '+44 20 7946 0018',
  dueDate,
];
const queuedStart = english.caseQueued(1).split(',')[0];
const apologyStart = english.turnError('').split('(')[0];
const createdPattern = /^Your case CS\d+ /;
const unconfirmableStart = english.caseUnconfirmed('', '').split('"')[0];

const confirmed = new Map();
/** Each confirming user's conversation, to ask it for news after the drain. */
const conversationsOf = new Map();
const unconfirmed = [];
let yesSent = 0;
let restarted = false;
let turnsSent = 0;
let turnRetries = 0;

/**
 * One message, sent until the bot answers it: after a dropped connection (the kill) or a turn
 * that failed (its apology asks to resend), the same activity again, as a channel re-delivers.
 */
async function turn(conversation, text) {
  const activityId = randomUUID();
  for (let attempt = 1; ; attempt += 1) {
    await botReady;
    turnsSent += 1;
    try {
      const response = await fetch(`${botUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: activityId,
          timestamp: new Date().toISOString(),
          channelId: 'emulator',
          deliveryMode: 'expectReplies',
          from: { id: conversation.userId, name: 'Soak User', aadObjectId: conversation.userId },
          recipient: { id: 'bot', name: 'Case bot' },
          conversation: { id: conversation.id },
          locale: 'en-GB',
          localTimezone: 'Europe/Berlin',
          text,
        }),
        signal: AbortSignal.timeout(turnTimeoutMs),
      });
      const body = await response.text();
      if (response.status !== 200)
        throw new Error(`HTTP ${response.status}: ${body.slice(0, 200)}`);
      const replies = JSON.parse(body).activities;
      const apologised = replies.some((reply) => reply.text?.startsWith(apologyStart));
      if (!apologised) return replies;
      if (attempt >= 5) throw new Error('the turn failed five times');
    } catch (error) {
      if (attempt >= 50) throw error;
    }
    turnRetries += 1;
    await sleep(100);
  }
}

/** How the bot answered "yes": the case, the queue, or a draft it already had. */
function confirmation(replies) {
  const texts = replies.map((reply) => reply.text ?? '');
  if (texts.length === 0) return 'redelivered (handled before the kill)';
  if (texts.some((text) => text.startsWith(english.foundEarlier))) return 'found by search';
  if (texts.some((text) => createdPattern.test(text))) return 'created in the turn';
  if (texts.some((text) => text.startsWith(queuedStart))) return 'queued';
  if (texts.some((text) => text.startsWith('This case was already created')))
    return 'already created';
  return undefined;
}

async function converse(index) {
  const conversation = { id: `soak-${randomUUID()}`, userId: `soak-user-${index}` };
  let replies = await turn(conversation, 'I would like to open a case');
  for (const answer of answersOf(index)) replies = await turn(conversation, answer);
  const atReview = replies.some(
    (reply) =>
      reply.text === english.reviewQuestion ||
      reply.attachments?.some(
        (card) => card.contentType === 'application/vnd.microsoft.card.adaptive',
      ),
  );
  if (!atReview) {
    unconfirmed.push({ index, why: 'no summary after the answers', saw: texts(replies) });
    return;
  }
  yesSent += 1;
  if (yesSent === Math.floor(conversationCount / 2) && !restarted) {
    restarted = true;
    botReady = killAndRestartBot();
  }
  const answered = await turn(conversation, 'yes');
  const outcome = confirmation(answered);
  conversationsOf.set(conversation.userId, conversation);
  if (outcome) confirmed.set(conversation.userId, outcome);
  else unconfirmed.push({ index, why: 'unexpected answer to "yes"', saw: texts(answered) });
}

const texts = (replies) =>
  replies
    .map((reply) => reply.text ?? '[card]')
    .join(' / ')
    .slice(0, 300);

// --- the run ----------------------------------------------------------------------------------

let exitCode = 1;
try {
  await botReady;
  log(
    `bot up at ${botUrl}; case API sandbox at ${sandbox.url}; ${conversationCount} conversations, ${concurrency} at a time`,
  );

  let next = 0;
  let done = 0;
  const progress = setInterval(
    () =>
      log(`${done} conversations done, ${confirmed.size} confirmed, ${sandbox.cases.length} cases`),
    10_000,
  );
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < conversationCount) {
        const index = next++;
        await converse(index).catch((error) =>
          unconfirmed.push({ index, why: 'a turn never got an answer', saw: String(error) }),
        );
        done += 1;
      }
    }),
  );
  clearInterval(progress);
  clearInterval(faultTimer);
  log(
    `conversations done; no more faults; waiting up to ${drainDeadlineMs / 60_000} min for the outbox to drain`,
  );

  // The outbox is empty: every confirmed draft is created, or settled and told; nothing more
  // can be sent.
  const drainDeadline = Date.now() + drainDeadlineMs;
  let lastLog = Date.now();
  for (;;) {
    const waiting = [...confirmed.keys()].filter((userId) => casesOf(userId) === 0).length;
    const depth = await outboxDepth();
    if (depth === 0) break;
    if (Date.now() > drainDeadline) {
      log(`drain deadline reached: ${waiting} confirmed without a case, outbox depth ${depth}`);
      break;
    }
    if (Date.now() - lastLog > 15_000) {
      log(`draining: ${waiting} confirmed without a case yet, outbox depth ${depth}`);
      lastLog = Date.now();
    }
    await sleep(1_000);
  }

  const perUser = countCasesPerUser();
  const duplicated = [...perUser.entries()].filter(([, count]) => count > 1);
  // A draft without a case is lost unless its person was told it cannot be confirmed (and so
  // was not sent again): their next message brings that news.
  const withoutCase = [...confirmed.keys()].filter((userId) => (perUser.get(userId) ?? 0) === 0);
  const toldUnconfirmable = [];
  for (const userId of withoutCase) {
    const news = await turn(conversationsOf.get(userId), 'any news?').catch(() => []);
    if (news.some((reply) => reply.text?.startsWith(unconfirmableStart)))
      toldUnconfirmable.push(userId);
  }
  const lost = withoutCase.filter((userId) => !toldUnconfirmable.includes(userId));
  const unasked = [...perUser.keys()].filter((userId) => !confirmed.has(userId));
  const outcomes = countBy([...confirmed.values()]);
  const createCalls = sandbox.received.filter((request) => request.path.endsWith('/createCase'));
  const searches = sandbox.received.filter((request) => request.path.endsWith('/getCases'));

  console.log('');
  console.log('soak results');
  console.log(`  conversations         ${conversationCount} (${caseNames.length} case names)`);
  console.log(`  confirmed             ${confirmed.size}`);
  for (const [outcome, count] of outcomes) console.log(`    ${outcome.padEnd(40)}${count}`);
  console.log(`  not confirmed         ${unconfirmed.length}`);
  for (const miss of unconfirmed.slice(0, 5))
    console.log(`    #${miss.index}: ${miss.why}: ${miss.saw}`);
  console.log(`  cases created         ${sandbox.cases.length}`);
  console.log(
    `  unconfirmable, told   ${toldUnconfirmable.length} (no case; sent once, never resent: the person was told to ask support)`,
  );
  console.log(
    `  duplicates            ${duplicated.length}${duplicated.length ? ` (${duplicated.map(([userId, count]) => `${userId}×${count}`).join(', ')})` : ''}`,
  );
  console.log(
    `  lost                  ${lost.length}${lost.length ? ` (${lost.slice(0, 10).join(', ')})` : ''}`,
  );
  console.log(`  cases nobody confirmed ${unasked.length}`);
  console.log(
    `  createCase requests   ${createCalls.length}; getCases searches ${searches.length}`,
  );
  console.log(
    `  faults played         ${faultsInjected} (${[...faultsPlayed].map(([name, count]) => `${name}: ${count}`).join(', ')})`,
  );
  console.log(
    `  bot restarts          ${restarted ? '1 (SIGKILL)' : '0'}; turns sent ${turnsSent}, re-sent ${turnRetries}`,
  );
  console.log(`  bot died by itself    ${botDiedByItself ? 'yes' : 'no'}`);
  console.log(`  took                  ${elapsed()}`);

  const failed =
    duplicated.length > 0 || lost.length > 0 || unconfirmed.length > 0 || botDiedByItself;
  exitCode = failed ? 1 : 0;
  console.log(
    failed ? `FAILED (bot log: ${botLogPath})` : 'OK: every confirmed draft is exactly one case',
  );
} catch (error) {
  console.error(`soak: ${error instanceof Error ? error.message : error}`);
} finally {
  clearInterval(faultTimer);
  if (bot && bot.exitCode === null) {
    bot.killedOnPurpose = true;
    bot.kill('SIGTERM');
    await Promise.race([once(bot, 'exit'), sleep(15_000)]);
    if (bot.exitCode === null && bot.signalCode === null) bot.kill('SIGKILL');
  }
  await sandbox.close();
  botLog.end();
  if (exitCode === 0) rmSync(folder, { recursive: true, force: true });
}
process.exit(exitCode);

// --- helpers ----------------------------------------------------------------------------------

function countCasesPerUser() {
  const perUser = new Map();
  for (const created of sandbox.cases) {
    const userId = created.userInfo?._id;
    perUser.set(userId, (perUser.get(userId) ?? 0) + 1);
  }
  return perUser;
}

function casesOf(userId) {
  return sandbox.cases.filter((created) => created.userInfo?._id === userId).length;
}

function countBy(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The outbox's depth as the bot's readiness check reports it; unknown (-1) if it cannot say. */
async function outboxDepth() {
  await botReady;
  const response = await fetch(`${botUrl}/readyz`, { signal: AbortSignal.timeout(5_000) }).catch(
    () => undefined,
  );
  const body = response ? await response.json().catch(() => ({})) : {};
  return body.checks?.outbox?.depth ?? -1;
}

/**
 * A due date about a month ahead on a day after the 12th, written with the month's name and a
 * time: nothing in it is ambiguous, so no conversation is asked to confirm its reading.
 */
function dueDateText() {
  const date = new Date(Date.now() + 30 * 86_400_000);
  while (date.getUTCDate() <= 12) date.setUTCDate(date.getUTCDate() + 1);
  const month = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()} at 2pm`;
}

async function freePort() {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port: free } = probe.address();
  probe.close();
  return free;
}
