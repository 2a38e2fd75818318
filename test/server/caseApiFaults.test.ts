import { describe, expect, it, type TestContext } from 'vitest';
import { caseReceipt } from '../../src/cases/caseReceipt.js';
import { caseResponseSchema } from '../../src/cases/caseResponse.js';
import { loadConfig } from '../../src/config/config.js';
import { english as en } from '../../src/messages/en/catalog.js';
import type { CaseApiSandbox, SandboxFault } from '../../src/sandbox/caseApiSandbox.js';
import type { AppOverrides } from '../../src/server/createApp.js';
import { startBot } from '../../src/server/startBot.js';
import { createMemoryRecordStore } from '../../src/storage/memoryRecordStore.js';
import type { RecordStore } from '../../src/storage/recordStore.js';
import { outboxPrefix } from '../../src/submission/caseOutbox.js';
import { botConversation } from '../support/botConversation.js';
import { cardTexts } from '../support/cardTexts.js';
import { sampleDraft } from '../support/caseFixtures.js';
import {
  expiredToken,
  type FrontFault,
  startFaultyCaseApiFront,
} from '../support/faultyCaseApiFront.js';
import { answerUpTo, berlin, testNow } from '../support/intakeFixture.js';
import { postActivity } from '../support/postActivity.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { startTestSandbox, testTenant } from '../support/testSandbox.js';

/** What one test started, closed in reverse order once it has finished. */
type Running = { close(): Promise<void> }[];

/**
 * The parts a test starts, closed when that test finishes. The tests run concurrently (most of
 * their time is spent waiting on Retry-After, backoff and commit windows), so each closes only
 * its own.
 */
function runningFor({ onTestFinished }: TestContext): Running {
  const running: Running = [];
  onTestFinished(async () => {
    for (const part of running.splice(0).reverse()) await part.close();
  });
  return running;
}

/** The variables that point the bot at the test tenant behind `baseUrl`, with its credentials. */
const tenantAt = (baseUrl: string) => ({
  KORE_BASE_URL: baseUrl,
  KORE_STREAM_ID: testTenant.streamId,
  KORE_ACCOUNT_ID: testTenant.accountId,
  KORE_CASE_TEMPLATE: testTenant.caseTemplate,
});
const clientCredentials = {
  KORE_CLIENT_ID: testTenant.clientId,
  KORE_CLIENT_SECRET: testTenant.clientSecret,
};

/**
 * The real server (startBot, as `npm start` runs it) on memory records the test can read,
 * talking over HTTP to `baseUrl`: the sandbox itself, or the faulty front before it.
 */
async function startBotAt(
  running: Running,
  baseUrl: string,
  environment: Record<string, string>,
  overrides: AppOverrides,
  records: RecordStore,
) {
  const bot = await startBot(
    loadConfig({ PORT: '0', STORAGE: 'memory', ...tenantAt(baseUrl), ...environment }),
    recordingLogger(),
    { clock: () => testNow, records, ...overrides },
  );
  running.push(bot);
  return bot;
}

/** A sandbox tenant, and in front of it the faulty front when a test needs its faults. */
async function caseApi(running: Running, withFront: boolean) {
  const { sandbox } = await startTestSandbox();
  running.push(sandbox);
  if (!withFront) return { sandbox, url: sandbox.url, front: undefined };
  const front = await startFaultyCaseApiFront(sandbox.url);
  running.push(front);
  return { sandbox, url: front.url, front };
}

/** Each request the sandbox answered, as `call status` (0: it dropped the connection). */
const answered = (sandbox: CaseApiSandbox) =>
  sandbox.received.map((request) => `${request.path.split('/').at(-1)} ${request.status}`);

/** Drafts still in the outbox: none once every confirmed draft is created and told. */
async function outboxDepth(records: RecordStore): Promise<number> {
  let depth = 0;
  for await (const _entry of records.list(outboxPrefix)) depth += 1;
  return depth;
}

/** Results kept for the person's next message. */
async function keptNotices(records: RecordStore): Promise<number> {
  let count = 0;
  for await (const _notice of records.list('notice/')) count += 1;
  return count;
}

/** What the person reads when the case the sandbox stored is reported: the catalog's words. */
function caseCreatedText(sandbox: CaseApiSandbox): string {
  const receipt = caseReceipt(caseResponseSchema.parse(sandbox.cases[0]), sampleDraft.dueDate);
  return en.caseCreated(receipt, en.formatDateTime(receipt.dueDate, berlin.timeZone));
}

/**
 * The results among a turn's replies. A kept result comes first; the message itself is then
 * read as usual (here it opens a new intake), which is no business of these tests.
 */
const resultNotices = (replies: (string | undefined)[]) =>
  replies.filter((reply) => reply?.startsWith('Your case'));

/** Says something in an existing conversation, to whichever bot now serves it. */
async function sayTo(botUrl: string, conversation: { id: string }, text: string) {
  const { status, text: body } = await postActivity(botUrl, {
    channelId: 'emulator',
    deliveryMode: 'expectReplies',
    from: { id: 'user-ann', name: 'Ann Lee' },
    recipient: { id: 'bot' },
    conversation,
    locale: 'en-GB',
    localTimezone: berlin.timeZone,
    text,
  });
  expect(status).toBe(200);
  return (JSON.parse(body) as { activities: { text?: string }[] }).activities.map(
    (reply) => reply.text,
  );
}

/** How the bot answers the confirmation under a fault. */
type Answer =
  /** The case, created in the turn after the fault cleared. */
  | 'created'
  /** The case an attempt with a lost answer created, found by a search, not created again. */
  | 'found'
  /** Queued honestly; the result comes before the answer to the next message. */
  | 'queued';

interface FaultCase {
  fault: string;
  sandboxFaults?: SandboxFault[];
  frontFaults?: FrontFault[];
  environment?: Record<string, string>;
  overrides?: AppOverrides;
  answer: Answer;
  /** What the case API answered, in order: the proof of what was sent, searched and resent. */
  calls: string[];
  /** The confirmation's turn waited at least this long (the API's Retry-After). */
  turnTakesAtLeastMs?: number;
}

/** Long enough for every fault here to clear within the turn, unless a row says otherwise. */
const waitInTheTurn = { outboxWaitMs: 6_000 };
/** So short that the turn always answers "queued" and the worker finishes the job. */
const answerQueuedAtOnce = { outboxWaitMs: 100 };
/**
 * A commit window of one second, so an attempt that failed with an unknown outcome and
 * created nothing is resent after a search within the test, not after the API's two minutes.
 */
const shortCommitWindow = {
  submissionTimings: { attemptMs: 30_000, commitWindowMs: 1_000, pollMs: 10 },
};

const faultCases: FaultCase[] = [
  {
    fault: 'an answer slower than KORE_TIMEOUT_MS (the case was created)',
    // Answered 100 ms after the client gave up, long before the search a second later.
    sandboxFaults: [{ kind: 'delay', ms: 400 }],
    environment: { KORE_TIMEOUT_MS: '300' },
    overrides: waitInTheTurn,
    answer: 'found',
    calls: ['createCase 200', 'getCases 200'],
  },
  {
    fault: 'a case committed after KORE_TIMEOUT_MS and after the first search',
    sandboxFaults: [{ kind: 'commitLate', ms: 3_000 }],
    environment: { KORE_TIMEOUT_MS: '300' },
    overrides: answerQueuedAtOnce,
    answer: 'queued',
    // The first search (about 1.3 s after the attempt) misses the case; the commit window
    // keeps the draft from being sent again, and the next search (2 s later) finds it.
    calls: ['getCases 200', 'createCase 200', 'getCases 200'],
  },
  ...[500, 502].map(
    (status): FaultCase => ({
      fault: `a ${status} (nothing created)`,
      sandboxFaults: [{ kind: 'status', status, body: '<html>Server error</html>' }],
      overrides: { ...waitInTheTurn, ...shortCommitWindow },
      answer: 'created',
      calls: [`createCase ${status}`, 'getCases 200', 'createCase 200'],
    }),
  ),
  {
    fault: 'a 503 with Retry-After',
    sandboxFaults: [{ kind: 'status', status: 503, headers: { 'retry-after': '1' } }],
    overrides: waitInTheTurn,
    answer: 'created',
    calls: ['createCase 503', 'createCase 200'],
    turnTakesAtLeastMs: 1_000,
  },
  {
    fault: 'a 503 outage longer than the client retries',
    sandboxFaults: [503, 503, 503, 503].map((status) => ({ kind: 'status', status })),
    overrides: answerQueuedAtOnce,
    answer: 'queued',
    // A 503 is known to have created nothing: resent without a search.
    calls: [
      'createCase 503',
      'createCase 503',
      'createCase 503',
      'createCase 503',
      'createCase 200',
    ],
  },
  {
    fault: 'a 429 with Retry-After',
    sandboxFaults: [{ kind: 'status', status: 429, headers: { 'retry-after': '2' } }],
    overrides: waitInTheTurn,
    answer: 'created',
    calls: ['createCase 429', 'createCase 200'],
    turnTakesAtLeastMs: 2_000,
  },
  {
    fault: 'a 429 without Retry-After, three times',
    sandboxFaults: [429, 429, 429].map((status) => ({ kind: 'status', status })),
    overrides: waitInTheTurn,
    answer: 'created',
    calls: ['createCase 429', 'createCase 429', 'createCase 429', 'createCase 200'],
  },
  {
    fault: 'a connection reset before the request is read',
    frontFaults: [{ kind: 'resetOnConnect' }],
    overrides: { ...waitInTheTurn, ...shortCommitWindow },
    answer: 'created',
    // The bot cannot tell a reset before reading from one after: it searches, then resends.
    calls: ['getCases 200', 'createCase 200'],
  },
  {
    fault: 'a connection dropped after the case was created',
    sandboxFaults: [{ kind: 'dropAfterCreate' }],
    overrides: waitInTheTurn,
    answer: 'found',
    calls: ['createCase 0', 'getCases 200'],
  },
  {
    fault: 'malformed JSON in a 200 (nothing created)',
    sandboxFaults: [{ kind: 'status', status: 200, body: '{"_id":"cs-' }],
    overrides: { ...waitInTheTurn, ...shortCommitWindow },
    answer: 'created',
    calls: ['createCase 200', 'getCases 200', 'createCase 200'],
  },
  {
    fault: 'malformed JSON in a 200 (the case was created, its answer cut short)',
    frontFaults: [{ kind: 'truncateAnswer' }],
    overrides: waitInTheTurn,
    answer: 'found',
    calls: ['createCase 200', 'getCases 200'],
  },
  {
    fault: 'a 401 for a token the API holds expired',
    frontFaults: [{ kind: 'expiredToken' }],
    overrides: waitInTheTurn,
    answer: 'created',
    // A refused token created nothing: resent without a search.
    calls: ['createCase 401', 'createCase 200'],
  },
];

/** Confirms a draft through the row's fault, and checks what the person and the API saw. */
async function confirmThroughFault(row: FaultCase, context: TestContext) {
  const { expect } = context;
  const running = runningFor(context);
  const { sandbox, url, front } = await caseApi(running, row.frontFaults !== undefined);
  const records = createMemoryRecordStore();
  const bot = await startBotAt(
    running,
    url,
    { ...clientCredentials, ...row.environment },
    row.overrides ?? {},
    records,
  );
  const chat = botConversation(bot.url);
  await answerUpTo(chat);
  sandbox.injectFaults(...(row.sandboxFaults ?? []));
  front?.injectFaults(...(row.frontFaults ?? []));

  const started = performance.now();
  const answer = await chat.say('yes');
  const turnMs = performance.now() - started;

  await expect.poll(() => outboxDepth(records), { timeout: 10_000 }).toBe(0);
  expect(sandbox.cases).toHaveLength(1);
  expect(answered(sandbox)).toEqual(row.calls);
  const created = caseCreatedText(sandbox);
  if (row.answer === 'queued') {
    expect(answer).toEqual([en.caseQueued(1)]);
    // expectReplies has no channel service to post to: the result waits for the next message.
    expect(resultNotices(await chat.say('thanks'))).toEqual([created]);
  } else {
    expect(answer).toEqual([row.answer === 'found' ? `${en.foundEarlier} ${created}` : created]);
  }
  expect(turnMs).toBeGreaterThanOrEqual(row.turnTakesAtLeastMs ?? 0);
}

/**
 * A row whose client gives up after a few hundred milliseconds (KORE_TIMEOUT_MS) races the
 * sandbox on purpose; its requests must not wait behind other tests' turns in this event loop.
 */
const timesOutFast = (row: FaultCase) => row.environment?.KORE_TIMEOUT_MS !== undefined;

// Each test has its own sandbox, front, bot and records. All but the fast-timeout rows run side
// by side (up to vitest's maxConcurrency): most of their time is spent waiting on Retry-After,
// backoff and commit windows. Assertions go through each test's own context's expect.
describe('a confirmed case through each fault of the case API, over HTTP', () => {
  it.for(faultCases.filter(timesOutFast))(
    '$fault: one case, and the person told so',
    confirmThroughFault,
  );
  it.concurrent.for(faultCases.filter((row) => !timesOutFast(row)))(
    '$fault: one case, and the person told so',
    confirmThroughFault,
  );

  it.concurrent('a refusal (400): the person is told in the catalog\'s words, the draft is kept, and "try again" creates it once', async (context) => {
    const { expect } = context;
    const running = runningFor(context);
    const { sandbox, url } = await caseApi(running, false);
    const bot = await startBotAt(
      running,
      url,
      clientCredentials,
      waitInTheTurn,
      createMemoryRecordStore(),
    );
    const chat = botConversation(bot.url);
    await answerUpTo(chat);
    sandbox.injectFaults({ kind: 'status', status: 400, body: '{"errors":[{"msg":"Bad"}]}' });

    const [failed, question] = await chat.send({ text: 'yes' });
    expect(failed?.text).toBe(en.submitFailed({ kind: 'rejected', status: 400 }));
    expect(cardTexts(question?.attachments?.[0]?.content)).toEqual([en.retryQuestion]);
    expect(sandbox.cases).toHaveLength(0);

    expect(await chat.say('try again')).toEqual([caseCreatedText(sandbox)]);
    expect(sandbox.cases).toHaveLength(1);
    expect(answered(sandbox)).toEqual(['createCase 400', 'createCase 200']);
  });

  it.concurrent('an expired KORE_JWT: queued with the draft kept, then created once by a bot restarted with good credentials', async (context) => {
    const { expect } = context;
    const running = runningFor(context);
    const { sandbox, url } = await caseApi(running, false);
    const records = createMemoryRecordStore();
    const expired = await startBotAt(
      running,
      url,
      { KORE_JWT: await expiredToken() },
      answerQueuedAtOnce,
      records,
    );
    const chat = botConversation(expired.url);
    await answerUpTo(chat);

    expect(await chat.say('yes')).toEqual([en.caseQueued(1)]);
    // The worker keeps trying with backoff, never sending a case the API could accept.
    await expect.poll(() => answered(sandbox).length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    expect(new Set(answered(sandbox))).toEqual(new Set(['createCase 401']));
    expect(await outboxDepth(records)).toBe(1);
    // The person is told once why it takes longer, at their next message (no channel service).
    await expect.poll(() => keptNotices(records), { timeout: 5_000 }).toBe(1);
    expect(resultNotices(await sayTo(expired.url, chat.conversation, 'any news?'))).toEqual([
      en.caseDelayed({ kind: 'auth', status: 401 }),
    ]);
    expect(resultNotices(await sayTo(expired.url, chat.conversation, 'cancel'))).toEqual([]);
    running.splice(running.indexOf(expired), 1);
    await expired.close();

    // The administrator fixes the credentials; the same records (state and outbox) are kept.
    const fixed = await startBotAt(running, url, clientCredentials, answerQueuedAtOnce, records);
    await expect.poll(() => outboxDepth(records), { timeout: 10_000 }).toBe(0);
    expect(sandbox.cases).toHaveLength(1);
    expect(answered(sandbox).filter((call) => call === 'createCase 200')).toHaveLength(1);
    expect(resultNotices(await sayTo(fixed.url, chat.conversation, 'thanks'))).toEqual([
      caseCreatedText(sandbox),
    ]);
  });
});
