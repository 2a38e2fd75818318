import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { caseFields } from '../../src/cases/caseDraft.js';
import type { CaseApiSandbox } from '../../src/sandbox/caseApiSandbox.js';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';
import { sampleAnswers, sampleRequestBody } from '../support/caseFixtures.js';
import { postActivity } from '../support/postActivity.js';
import { startTestSandbox, testTenant } from '../support/testSandbox.js';

/** Two instances' storage settings: one SQLite file on this machine, or one Azurite container. */
const sharedStorage: [string, () => Record<string, string>][] = [
  [
    'a shared SQLite file',
    () => ({
      STORAGE: 'sqlite',
      SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'two-instances-')), 'bot.sqlite'),
    }),
  ],
  [
    'Azure Blob Storage (Azurite)',
    () => ({
      STORAGE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: inject('azuriteConnectionString'),
      AZURE_STORAGE_CONTAINER: `two-instances-${randomUUID().slice(0, 8)}`,
    }),
  ],
];

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The environment of an instance on `storage` that talks to `sandbox`. */
const instanceEnvironment = (storage: Record<string, string>, sandbox: CaseApiSandbox) => ({
  LOG_LEVEL: 'silent',
  ...storage,
  KORE_BASE_URL: sandbox.url,
  KORE_STREAM_ID: testTenant.streamId,
  KORE_ACCOUNT_ID: testTenant.accountId,
  KORE_CASE_TEMPLATE: testTenant.caseTemplate,
  KORE_CLIENT_ID: testTenant.clientId,
  KORE_CLIENT_SECRET: testTenant.clientSecret,
});

/**
 * Two bot processes on one storage, both talking to one case API on loopback, shared by the tests
 * of a storage: each start costs seconds of CPU. `pair()` gives both instances, starting side by
 * side, as a deployment would, any that a test stopped.
 */
async function twoInstances(storage: Record<string, string>) {
  const { sandbox } = await startTestSandbox();
  cleanups.push(() => sandbox.close());
  const env = instanceEnvironment(storage, sandbox);
  const bots: (BotProcess | undefined)[] = [undefined, undefined];
  const pair = async (): Promise<[BotProcess, BotProcess]> => {
    const slots = [0, 1].filter((slot) => !bots[slot]?.alive());
    const started = await Promise.allSettled(slots.map(() => startBotProcess(env)));
    for (const [index, result] of started.entries()) {
      if (result.status !== 'fulfilled') continue;
      const bot = result.value;
      bots[slots[index] as number] = bot;
      cleanups.push(() => bot.stop());
    }
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    return bots as [BotProcess, BotProcess];
  };
  await pair();
  return { sandbox, env, bots, pair };
}

/**
 * One conversation of a person of its own, whose messages can go to either instance as behind a
 * load balancer. `userId` tells its cases apart from other tests' on the shared case API.
 */
function conversation(userId = `aad-${randomUUID()}`) {
  const id = `conv-${randomUUID()}`;
  return async (bot: BotProcess, text: string, activityId = randomUUID()) => {
    const { status, text: body } = await postActivity(bot.url, {
      id: activityId,
      channelId: 'emulator',
      deliveryMode: 'expectReplies',
      from: { id: userId, name: 'Ann Lee', aadObjectId: userId },
      recipient: { id: 'bot' },
      conversation: { id },
      locale: 'en-GB',
      localTimezone: 'Europe/Berlin',
      text,
    });
    return {
      status,
      replies: status === 200 ? (JSON.parse(body).activities as { text?: string }[]) : [],
    };
  };
}

/** The createCase bodies the case API received for one person. */
const storedBodies = (sandbox: CaseApiSandbox, userId: string) =>
  sandbox.received
    .filter((request) => request.path.endsWith('createCase'))
    .map((request) => request.body as { userInfo: { _id: string } })
    .filter((body) => body.userInfo._id === userId);
const expectedBody = (userId: string) =>
  sampleRequestBody(testTenant.caseTemplate, { _id: userId, name: 'Ann Lee' });

/** Two bots starting side by side on a busy two-core machine can take a while. */
const startingTwoMs = 60_000;

describe.each(sharedStorage)(
  'two instances on %s',
  { timeout: startingTwoMs },
  (_label, storage) => {
    let shared: Awaited<ReturnType<typeof twoInstances>>;
    const sharedCleanups: (() => Promise<unknown>)[] = [];
    beforeAll(async () => {
      shared = await twoInstances(storage());
      sharedCleanups.push(...cleanups.splice(0));
    }, startingTwoMs);
    /** Both instances of this storage, started again where a test stopped one. */
    const runningPair = async () => {
      const bots = await shared.pair();
      sharedCleanups.push(...cleanups.splice(0));
      return bots;
    };
    afterAll(async () => {
      for (const cleanup of sharedCleanups.reverse()) await cleanup();
    });

    it('keep a conversation whose turns alternate between them intact, and make one case', async () => {
      const { sandbox } = shared;
      const bots = await runningPair();
      const userId = `aad-${randomUUID()}`;
      const say = conversation(userId);
      await say(bots[0], 'I would like to open a case');
      for (const [index, field] of caseFields.entries()) {
        const { status } = await say(bots[(index + 1) % 2] as BotProcess, sampleAnswers[field]);
        expect(status).toBe(200);
      }
      await say(bots[0], 'yes');
      expect(storedBodies(sandbox, userId)).toEqual([expectedBody(userId)]);
    });

    it('make one case when both get the same confirmation at once', async () => {
      const { sandbox } = shared;
      const bots = await runningPair();
      const userId = `aad-${randomUUID()}`;
      const say = conversation(userId);
      await say(bots[0], 'I would like to open a case');
      for (const field of caseFields) await say(bots[1], sampleAnswers[field]);
      const confirmation = randomUUID();
      const answers = await Promise.all([
        say(bots[0], 'yes', confirmation),
        say(bots[1], 'yes', confirmation),
        say(bots[0], 'yes'),
      ]);
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      expect(storedBodies(sandbox, userId)).toHaveLength(1);
    });

    it('handle a re-delivered answer once: the name does not become the description', async () => {
      const { sandbox } = shared;
      const bots = await runningPair();
      const userId = `aad-${randomUUID()}`;
      const say = conversation(userId);
      await say(bots[0], 'I would like to open a case');
      const nameId = randomUUID();
      await say(bots[0], sampleAnswers.name, nameId);
      const redelivered = await say(bots[1], sampleAnswers.name, nameId);
      expect(redelivered.replies).toEqual([]);
      for (const field of caseFields.slice(1)) await say(bots[1], sampleAnswers[field]);
      await say(bots[0], 'yes');
      expect(storedBodies(sandbox, userId)).toEqual([expectedBody(userId)]);
    });

    it('keep a draft across a restart of both', async () => {
      const { sandbox, env, bots: slots } = shared;
      const bots = await runningPair();
      const userId = `aad-${randomUUID()}`;
      const say = conversation(userId);
      await say(bots[0], 'I would like to open a case');
      await say(bots[1], sampleAnswers.name);
      await say(bots[0], sampleAnswers.description);
      for (const bot of bots) await bot.stop();

      // One instance comes back; it takes the first slot (a later test gets the second started).
      const restarted = await startBotProcess(env);
      sharedCleanups.push(() => restarted.stop());
      slots[0] = restarted;
      for (const field of caseFields.slice(2)) await say(restarted, sampleAnswers[field]);
      await say(restarted, 'yes');
      expect(storedBodies(sandbox, userId)).toEqual([expectedBody(userId)]);
    });
  },
);
