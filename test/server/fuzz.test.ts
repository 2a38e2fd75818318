import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFields } from '../../src/cases/caseDraft.js';
import { english as en } from '../../src/messages/en/catalog.js';
import type { BotReply } from '../support/botConversation.js';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';
import { cardTexts } from '../support/cardTexts.js';
import { sampleAnswers } from '../support/caseFixtures.js';
import { messagesRequest, messageText } from '../support/generatedRequests.js';
import { berlin } from '../support/intakeFixture.js';
import { postActivity } from '../support/postActivity.js';

/** No request may take longer: a hang fails the property instead of the whole file timing out. */
const requestLimitMs = 5_000;

let bot: BotProcess;
beforeAll(async () => {
  // LOG_LEVEL=error: a turn that throws is answered politely, but must still show in the log.
  bot = await startBotProcess({ LOG_LEVEL: 'error', STORAGE: 'memory' });
});
afterAll(async () => {
  await bot.stop();
});

/** The process is up and answers its health check. */
async function expectAlive() {
  expect(bot.alive()).toBe(true);
  const health = await fetch(`${bot.url}/healthz`, { signal: AbortSignal.timeout(requestLimitMs) });
  expect(health.status).toBe(200);
}

/** The error lines the process logged from `offset` on, by message: turns that threw, and worse. */
function loggedErrors(offset = 0): string[] {
  return bot
    .stdout()
    .slice(offset)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { msg: string }).msg);
}

describe('generated requests to POST /api/messages of the bot process', () => {
  it('never get a 5xx, never hang, and leave the process up', async () => {
    const runs = 300;
    let turns = 0;
    await fc.assert(
      fc.asyncProperty(messagesRequest, async ({ body, headers }) => {
        const response = await fetch(`${bot.url}/api/messages`, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(requestLimitMs),
        });
        await response.arrayBuffer();
        expect(response.status).toBeLessThan(500);
        if (response.status === 200) turns += 1;
      }),
      { numRuns: runs },
    );
    // Deep enough to matter: a good share of the requests got past the checks into a turn.
    expect(turns).toBeGreaterThan(runs / 4);
    await expectAlive();
    expect(bot.stderr()).toBe('');
    // A turn that throws is answered with an apology (a 200), so only the log tells.
    expect(loggedErrors()).toEqual([]);
  });
});

/** One person's conversation over HTTP, each turn bounded, answering 200 with its replies. */
function conversation() {
  const id = `fuzz-${randomUUID()}`;
  return async (text: string): Promise<string[]> => {
    const { status, text: body } = await Promise.race([
      postActivity(bot.url, {
        channelId: 'emulator',
        deliveryMode: 'expectReplies',
        from: { id: 'user-ann', name: 'Ann Lee' },
        recipient: { id: 'bot' },
        conversation: { id },
        locale: 'en-GB',
        localTimezone: berlin.timeZone,
        text,
      }),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('turn took too long')), requestLimitMs).unref(),
      ),
    ]);
    expect(status).toBe(200);
    const replies = (JSON.parse(body) as { activities: BotReply[] }).activities;
    // A question on a card has its words in the card.
    return replies.map(
      (reply) => reply.text || cardTexts(reply.attachments?.[0]?.content ?? {}).join(' '),
    );
  };
}

/** Every turn says something, and nothing is the apology for a turn that threw. */
function expectAnswered(replies: string[]) {
  expect(replies.length).toBeGreaterThan(0);
  expect(replies.filter((reply) => reply.startsWith(en.turnError('').split('(')[0] ?? ''))).toEqual(
    [],
  );
}

/**
 * Says "cancel" until the bot says it cancelled, answering "yes" to "Cancel this case?" (a
 * question that takes only yes or no). When nothing was running, "cancel" opens an intake with
 * it as the description, so that takes one more round.
 */
async function cancelWhateverRuns(say: (text: string) => Promise<string[]>) {
  let replies = await say('cancel');
  for (let turns = 1; replies.at(-1) !== en.cancelled; turns += 1) {
    expect(turns, `still not cancelled: ${replies.join(' / ')}`).toBeLessThan(4);
    replies = await say(replies.at(-1)?.endsWith(en.cancelQuestion) ? 'yes' : 'cancel');
  }
}

describe('generated message texts through the intake of the bot process', () => {
  it('are each answered, and the conversation can still open a case afterwards', async () => {
    const logOffset = bot.stdout().length;
    await fc.assert(
      fc.asyncProperty(fc.array(messageText, { minLength: 1, maxLength: 8 }), async (texts) => {
        const say = conversation();
        for (const text of texts) expectAnswered(await say(text));

        // Whatever the texts left running, the person can cancel it and open a case as usual.
        await cancelWhateverRuns(say);
        expect((await say('new case')).at(-1)).toBe(en.fieldPrompt.name(berlin));
        for (const field of caseFields) expectAnswered(await say(sampleAnswers[field]));
        const created = await say('yes');
        expect(created.at(-1)).toMatch(/^Your case CS\d+ is open/);
      }),
      { numRuns: 25 },
    );
    await expectAlive();
    expect(loggedErrors(logOffset)).toEqual([]);
  });
});
