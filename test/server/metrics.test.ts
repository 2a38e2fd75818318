import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseFields } from '../../src/cases/caseDraft.js';
import { loadConfig } from '../../src/config/config.js';
import type { AppOverrides } from '../../src/server/createApp.js';
import { createAppMetrics } from '../../src/server/metrics.js';
import { type RunningBot, startBot } from '../../src/server/startBot.js';
import { createMemoryRecordStore } from '../../src/storage/memoryRecordStore.js';
import { botConversation } from '../support/botConversation.js';
import { sampleAnswers } from '../support/caseFixtures.js';
import { testNow } from '../support/intakeFixture.js';
import { postActivity } from '../support/postActivity.js';
import { parsePrometheusText, type Sample, sampleValue } from '../support/prometheusText.js';
import { recordingLogger } from '../support/recordingLogger.js';

const bots: RunningBot[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

/** The real app as `npm start` runs it, in sandbox mode, with the intake's clock fixed. */
async function sandboxedBot(overrides: AppOverrides = {}) {
  const bot = await startBot(loadConfig({ PORT: '0', STORAGE: 'memory' }), recordingLogger(), {
    clock: () => testNow,
    ...overrides,
  });
  bots.push(bot);
  if (!bot.sandbox) throw new Error('expected sandbox mode');
  return { bot, sandbox: bot.sandbox };
}

/** GET /metrics, checked to be the Prometheus text format and parsed. */
async function scrape(botUrl: string): Promise<{ text: string; samples: Sample[] }> {
  const response = await fetch(`${botUrl}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  const text = await response.text();
  return { text, samples: parsePrometheusText(text) };
}

const user = { id: '29:ann-user-id', name: 'Ann Lee', aadObjectId: 'aad-ann-object-id' };

async function answerEverything(chat: ReturnType<typeof botConversation>) {
  await chat.say('I would like to open a case');
  for (const field of caseFields) await chat.say(sampleAnswers[field]);
}

describe('GET /metrics', () => {
  it('counts the turns and times the createCase call of a conversation, and names nobody', async () => {
    const { bot, sandbox } = await sandboxedBot();
    const chat = botConversation(bot.url, user);
    await answerEverything(chat);
    const last = await chat.say('yes');
    expect(last.at(-1)).toMatch(/^Your case CS\d+ is open/);
    expect(sandbox.cases).toHaveLength(1);

    const { text, samples } = await scrape(bot.url);
    const messageTurns = { activity_type: 'message', outcome: 'ok' };
    expect(sampleValue(samples, 'case_intake_turns_total', messageTurns)).toBe(7);
    expect(sampleValue(samples, 'case_intake_turns_total', { outcome: 'error' })).toBeUndefined();
    const createCaseOk = { call: 'createCase', outcome: 'ok' };
    expect(
      sampleValue(samples, 'case_intake_case_api_call_duration_seconds_count', createCaseOk),
    ).toBe(1);
    const sum = sampleValue(
      samples,
      'case_intake_case_api_call_duration_seconds_sum',
      createCaseOk,
    );
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(30);
    expect(sampleValue(samples, 'case_intake_cases_created_total', { how: 'created' })).toBe(1);
    expect(
      sampleValue(samples, 'case_intake_cases_created_total', { how: 'found_by_search' }),
    ).toBe(0);
    // The case was created within the turn: nothing waits.
    expect(sampleValue(samples, 'case_intake_outbox_depth')).toBe(0);
    expect(sampleValue(samples, 'case_intake_outbox_oldest_age_seconds')).toBeLessThan(1);
    // Node's process metrics come with it.
    expect(sampleValue(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);

    const refId = (sandbox.cases[0] as { refId: string }).refId;
    for (const personal of [
      'ann@contoso.com',
      'contoso',
      '7946',
      '442079460018',
      'Ann Lee',
      'ann-user-id',
      'aad-ann-object-id',
      chat.conversation.id,
      'Printer',
      'duplex',
      refId,
    ]) {
      expect(text).not.toContain(personal);
    }
  });

  it('counts a refused request by its reason, and no turn for it', async () => {
    const { bot } = await sandboxedBot();
    const garbage = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: 'this is not gzip',
    });
    expect(garbage.status).toBe(400);
    const notAnActivity = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync('{"type":"message"}'),
    });
    expect(notAnActivity.status).toBe(400);

    const { samples } = await scrape(bot.url);
    const refused = (reason: string) =>
      sampleValue(samples, 'case_intake_requests_refused_total', { reason });
    expect(refused('body_400')).toBe(1);
    expect(refused('invalid_activity')).toBe(1);
    expect(
      sampleValue(samples, 'case_intake_turns_total', { activity_type: 'message' }),
    ).toBeUndefined();
  });

  it('counts an activity type of the caller\'s own invention as "other"', async () => {
    const { bot } = await sandboxedBot();
    const invented = 'x-conversation-4711-of-ann';
    const { status } = await postActivity(bot.url, {
      type: invented,
      channelId: 'emulator',
      deliveryMode: 'expectReplies',
      from: user,
      recipient: { id: 'bot' },
      conversation: { id: 'conv-metrics-label' },
    });
    expect(status).toBe(200);

    const { text, samples } = await scrape(bot.url);
    expect(sampleValue(samples, 'case_intake_turns_total', { activity_type: 'other' })).toBe(1);
    expect(text).not.toContain('4711');
  });

  it('counts a turn that failed as an error', async () => {
    const records = createMemoryRecordStore();
    const { bot } = await sandboxedBot({
      records: { ...records, get: () => Promise.reject(new Error('storage is down')) },
    });
    await botConversation(bot.url, user).send({ text: 'hello' });

    const { samples } = await scrape(bot.url);
    const turns = (outcome: string) =>
      sampleValue(samples, 'case_intake_turns_total', { activity_type: 'message', outcome });
    expect(turns('error')).toBe(1);
    expect(turns('ok')).toBeUndefined();
  });

  it('counts a case an attempt with a lost answer had created as found by search', async () => {
    const { bot, sandbox } = await sandboxedBot();
    const chat = botConversation(bot.url, user);
    await answerEverything(chat);
    sandbox.injectFaults({ kind: 'dropAfterCreate' });
    const replies = await chat.say('yes');
    // Whether the turn reconciles at once or the person has to ask, the search finds the case.
    if (!replies.join('\n').includes('CS000001')) await chat.say('try again');

    const samplesWhenFound = await vi.waitFor(async () => {
      const { samples } = await scrape(bot.url);
      const found = { how: 'found_by_search' };
      expect(sampleValue(samples, 'case_intake_cases_created_total', found)).toBe(1);
      return samples;
    });
    expect(sandbox.cases).toHaveLength(1);
    expect(
      sampleValue(samplesWhenFound, 'case_intake_cases_created_total', { how: 'created' }),
    ).toBe(0);
    expect(
      sampleValue(samplesWhenFound, 'case_intake_case_api_errors_total', {
        call: 'createCase',
        kind: 'unknown_outcome',
      }),
    ).toBe(1);
    expect(
      sampleValue(samplesWhenFound, 'case_intake_case_api_call_duration_seconds_count', {
        call: 'getCases',
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('shows a draft that waits in the outbox, as /readyz does, which stays ready', async () => {
    const { bot, sandbox } = await sandboxedBot({ outboxWaitMs: 100 });
    const chat = botConversation(bot.url, user);
    await answerEverything(chat);
    sandbox.injectFaults(
      ...Array.from({ length: 50 }, () => ({ kind: 'status' as const, status: 503 })),
    );
    await chat.say('yes');

    const { samples } = await scrape(bot.url);
    expect(sampleValue(samples, 'case_intake_outbox_depth')).toBe(1);
    expect(sampleValue(samples, 'case_intake_outbox_oldest_age_seconds')).toBeGreaterThan(0);
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: { outbox: unknown } }).checks.outbox).toMatchObject({
      status: 'ok',
      depth: 1,
    });
    expect(sandbox.cases).toHaveLength(0);
  });

  it("keeps each app's counts apart, however many apps run in the process", async () => {
    const [first, second] = [await sandboxedBot(), await sandboxedBot()];
    await botConversation(first.bot.url, user).say('hello');

    const turns = async (url: string) =>
      sampleValue((await scrape(url)).samples, 'case_intake_turns_total', {
        activity_type: 'message',
      });
    expect(await turns(first.bot.url)).toBe(1);
    expect(await turns(second.bot.url)).toBeUndefined();
  });
});

describe('the outbox gauges', () => {
  it('read the outbox once per scrape, and say NaN when it cannot be read', async () => {
    let reads = 0;
    let broken = false;
    const metrics = createAppMetrics({
      outboxStats: async () => {
        reads += 1;
        if (broken) throw new Error('outbox unreadable');
        return { depth: 5, oldestAgeSeconds: 42, waitingAfter: { auth: 2 } };
      },
    });
    const samples = parsePrometheusText(await metrics.registry.metrics());
    expect(sampleValue(samples, 'case_intake_outbox_depth')).toBe(5);
    expect(sampleValue(samples, 'case_intake_outbox_oldest_age_seconds')).toBe(42);
    expect(sampleValue(samples, 'case_intake_outbox_waiting_after_failure', { kind: 'auth' })).toBe(
      2,
    );
    expect(reads).toBe(1);

    broken = true;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const unreadable = parsePrometheusText(await metrics.registry.metrics());
    expect(sampleValue(unreadable, 'case_intake_outbox_depth')).toBeNaN();
    expect(reads).toBe(2);
  });
});
