import { MemoryStorage, type StoreItems } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { caseFields } from '../../src/cases/caseDraft.js';
import { loadConfig } from '../../src/config/config.js';
import { english as en } from '../../src/messages/en/catalog.js';
import type { AppOverrides } from '../../src/server/createApp.js';
import { type RunningBot, startBot } from '../../src/server/startBot.js';
import { botConversation } from '../support/botConversation.js';
import { sampleAnswers, sampleRequestBody } from '../support/caseFixtures.js';
import { berlin, testNow } from '../support/intakeFixture.js';
import { recordingLogger } from '../support/recordingLogger.js';

// Saturday 28 November 2026, 13:00 in Berlin.
const now = testNow;

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

/** Starts the real app exactly as `npm start` does, in sandbox mode, on free ports. */
async function startSandboxedBot(overrides: AppOverrides = {}) {
  const logger = recordingLogger();
  bot = await startBot(loadConfig({ PORT: '0', STORAGE: 'memory' }), logger, {
    clock: () => now,
    storage: new MemoryStorage(),
    ...overrides,
  });
  if (!bot.sandbox) throw new Error('expected sandbox mode');
  return { bot, sandbox: bot.sandbox, logger };
}

async function answerEverything(chat: ReturnType<typeof botConversation>) {
  await chat.say('I would like to open a case');
  for (const field of caseFields) await chat.say(sampleAnswers[field]);
}

describe('the bot over HTTP with the sandbox as its case API', () => {
  it('opens a case through a whole conversation; the refId is the one the sandbox stored', async () => {
    const { bot, sandbox, logger } = await startSandboxedBot();
    const chat = botConversation(bot.url, {
      id: '29:ann',
      name: 'Ann Lee',
      aadObjectId: 'aad-ann',
    });

    expect(await chat.say('I would like to open a case')).toEqual([
      en.intakeStart,
      en.fieldPrompt.name(berlin),
    ]);
    expect(await chat.say('Printer on floor 3 jams')).toEqual([en.fieldPrompt.description(berlin)]);
    expect(await chat.say('Every duplex job jams the printer on floor 3.')).toEqual([
      en.fieldPrompt.email(berlin),
    ]);
    expect(await chat.say('ann@contoso.com')).toEqual([en.fieldPrompt.phone(berlin)]);
    expect(await chat.say('+44 20 7946 0018')).toEqual([en.fieldPrompt.dueDate(berlin)]);
    const summary = await chat.send({ text: 'March 15, 2027 at 2pm' });
    expect(summary.at(-1)?.attachments?.[0]?.contentType).toBe(
      'application/vnd.microsoft.card.adaptive',
    );

    const last = (await chat.send({ value: { intakeAction: 'yes' } })).at(-1)?.text;

    expect(sandbox.cases).toHaveLength(1);
    const stored = sandbox.cases[0] as { refId: string; currAssignee: { name: string } };
    expect(last).toBe(
      `Your case ${stored.refId} is open and assigned to ${stored.currAssignee.name}. Due Mon 15 Mar 2027, 14:00 (Europe/Berlin).`,
    );
    expect(sandbox.received).toHaveLength(1);
    expect(sandbox.received[0]?.body).toEqual(sampleRequestBody('ctm-sandbox'));

    const logged = JSON.stringify(logger.entries);
    expect(logged).toContain(stored.refId);
    expect(logged).not.toMatch(/ann@contoso\.com|7946|Printer on floor/);
  });

  it('creates one case when "yes" arrives twice at once', async () => {
    const { bot, sandbox } = await startSandboxedBot();
    const chat = botConversation(bot.url);
    await answerEverything(chat);

    const [first, second] = await Promise.all([chat.say('yes'), chat.say('yes')]);

    expect(sandbox.cases).toHaveLength(1);
    const refId = (sandbox.cases[0] as { refId: string }).refId;
    expect([...first, ...second].join('\n')).toContain(refId);
    expect([...first, ...second].filter((text) => text.startsWith('Your case'))).toHaveLength(1);
  });

  it('after a lost answer, finds the case the first attempt created instead of creating another', async () => {
    const { bot, sandbox } = await startSandboxedBot();
    const chat = botConversation(bot.url);
    await answerEverything(chat);
    sandbox.injectFaults({ kind: 'dropAfterCreate' });

    const [found] = await chat.say('yes');
    expect(found).toMatch(new RegExp(`^${en.foundEarlier} Your case CS000001 is open`));
    expect(sandbox.cases).toHaveLength(1);
    expect(sandbox.received.map((request) => request.path.split('/').at(-1))).toEqual([
      'createCase',
      'getCases',
    ]);
  });

  it("within the API's commit window, a 502 leaves the case queued: it searches and sends nothing again", async () => {
    const { bot, sandbox } = await startSandboxedBot({ outboxWaitMs: 1_500 });
    const chat = botConversation(bot.url);
    await answerEverything(chat);
    sandbox.injectFaults({ kind: 'status', status: 502, body: '<html>Bad gateway</html>' });

    expect(await chat.say('yes')).toEqual([en.caseQueued(1)]);
    expect(sandbox.cases).toHaveLength(0);
    const calls = sandbox.received.map((request) => request.path.split('/').at(-1));
    expect(calls.slice(0, 2)).toEqual(['createCase', 'getCases']);
    expect(calls.filter((call) => call === 'createCase')).toHaveLength(1);
  });

  it('after an outage that created nothing, creates the case once the commit window has passed', async () => {
    const { bot, sandbox } = await startSandboxedBot({
      submissionTimings: { attemptMs: 30_000, commitWindowMs: 0, pollMs: 10 },
    });
    const chat = botConversation(bot.url);
    await answerEverything(chat);
    sandbox.injectFaults({ kind: 'status', status: 502, body: '<html>Bad gateway</html>' });

    expect((await chat.say('yes')).at(-1)).toMatch(/^Your case CS000001 is open/);
    expect(sandbox.cases).toHaveLength(1);
    expect(sandbox.received.map((request) => request.path.split('/').at(-1))).toEqual([
      'createCase',
      'getCases',
      'createCase',
    ]);
  });

  it('queues the case through an outage, and a client without a channel service sees it at its next message', async () => {
    const { bot, sandbox } = await startSandboxedBot({ outboxWaitMs: 300 });
    const chat = botConversation(bot.url);
    await answerEverything(chat);
    sandbox.injectFaults(
      ...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503 })),
    );

    expect(await chat.say('yes')).toEqual([en.caseQueued(1)]);
    await expect.poll(() => sandbox.cases.length, { timeout: 10_000 }).toBe(1);
    const next = await chat.say('thanks');
    expect(next[0]).toMatch(/^Your case CS000001 is open/);
    expect(await chat.say('hello')).not.toContainEqual(expect.stringMatching(/^Your case/));
  });

  it('takes "yes" and "cancel" arriving together one after the other: never a cancel prompt for a created case', async () => {
    const { bot, sandbox } = await startSandboxedBot();
    const chat = botConversation(bot.url);
    await answerEverything(chat);

    const [afterYes, afterCancel] = await Promise.all([chat.say('yes'), chat.say('cancel')]);

    // Whichever the server took first, the second sees what the first left.
    const replies = [...afterYes, ...afterCancel];
    if (replies.some((text) => text.startsWith('Your case CS000001'))) {
      expect(sandbox.cases).toHaveLength(1);
      expect(replies).not.toContain(en.cancelQuestion);
    } else {
      // "cancel" came first and asked; the "yes" that followed confirmed the cancel.
      expect(replies).toEqual(expect.arrayContaining([en.cancelQuestion, en.cancelled]));
      expect(sandbox.cases).toHaveLength(0);
    }
  });

  it('answers a button pressed on the card of a finished case without starting a new one', async () => {
    const { bot, sandbox } = await startSandboxedBot();
    const chat = botConversation(bot.url);
    await answerEverything(chat);
    await chat.send({ value: { intakeAction: 'yes' } });
    const again = await chat.send({ value: { intakeAction: 'yes' } });
    expect(again.map((reply) => reply.text)).toEqual([en.staleCard]);
    expect(sandbox.cases).toHaveLength(1);
  });

  it('greets a new member on conversationUpdate', async () => {
    const { bot } = await startSandboxedBot();
    const chat = botConversation(bot.url);
    const replies = await chat.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bot' }, { id: 'user-ann' }],
    });
    expect(replies.map((reply) => reply.text)).toEqual([en.welcome]);
  });

  it('answers a failed turn briefly with a reference, and keeps the draft', async () => {
    const storage = new FailingOnceStorage();
    const { bot, logger } = await startSandboxedBot({ storage });
    const chat = botConversation(bot.url);
    await chat.say('hi');
    await chat.say('Printer jams');

    storage.failNextWrite = true;
    // The state write fails after the bot answered: the apology comes last and asks to resend.
    const apology = (await chat.say('It jams on duplex jobs.')).at(-1);
    const reference = /reference ([0-9a-f]{8})/.exec(apology ?? '')?.[1];
    expect(apology).toBe(en.turnError(reference ?? 'missing'));
    expect(
      logger.entries.find((entry) => entry.message === 'turn failed')?.details.correlationId,
    ).toBe(reference);

    expect(await chat.say('It jams on duplex jobs.')).toEqual([en.fieldPrompt.email(berlin)]);
  });
});

describe('the HTTP surface', () => {
  const post = async (body: string, contentType = 'application/json') => {
    if (!bot) throw new Error('bot not started');
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    return { status: response.status, text: await response.text() };
  };

  it.each([
    ['broken JSON', '{"type":'],
    ['a JSON array', '[]'],
    ['a string', '"hello"'],
    [
      'an object without a type',
      '{"channelId":"x","from":{"id":"u"},"conversation":{"id":"c"},"deliveryMode":"expectReplies"}',
    ],
    [
      'an activity without a conversation',
      '{"type":"message","channelId":"x","from":{"id":"u"},"deliveryMode":"expectReplies"}',
    ],
    [
      'an activity without serviceUrl or expectReplies',
      '{"type":"message","channelId":"x","from":{"id":"u"},"conversation":{"id":"c"}}',
    ],
    [
      'a bad timestamp',
      '{"type":"message","channelId":"x","from":{"id":"u"},"conversation":{"id":"c"},"deliveryMode":"expectReplies","timestamp":"soon"}',
    ],
  ])('answers %s with a 4xx, never a 5xx', async (_label, body) => {
    await startSandboxedBot();
    const reply = await post(body);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
  });

  it('answers a body that is not JSON with 415', async () => {
    await startSandboxedBot();
    expect((await post('type=message', 'text/plain')).status).toBe(415);
  });

  it('reports health', async () => {
    const { bot } = await startSandboxedBot();
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

/** Memory storage whose next write fails once, as a storage outage would. */
class FailingOnceStorage extends MemoryStorage {
  failNextWrite = false;

  override async write(changes: StoreItems): Promise<void> {
    if (this.failNextWrite) {
      this.failNextWrite = false;
      throw new Error('storage unavailable');
    }
    return super.write(changes);
  }
}
