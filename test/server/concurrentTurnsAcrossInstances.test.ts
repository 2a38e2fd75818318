import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { english as en } from '../../src/messages/en.js';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';
import { postActivity } from '../support/postActivity.js';

const apology = en.turnError('').split('(')[0] ?? '';
let bots: BotProcess[] = [];

beforeAll(async () => {
  const shared = {
    LOG_LEVEL: 'silent',
    STORAGE: 'sqlite',
    SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'concurrent-turns-')), 'bot.sqlite'),
  };
  bots = await Promise.all([startBotProcess(shared), startBotProcess(shared)]);
}, 30_000);
afterAll(async () => {
  await Promise.all(bots.map((bot) => bot.stop()));
});

/** Sends `text` in conversation `id` to `bot`, and returns the texts of its replies. */
async function say(bot: BotProcess, id: string, text: string): Promise<string[]> {
  const { status, text: body } = await postActivity(bot.url, {
    channelId: 'emulator',
    deliveryMode: 'expectReplies',
    from: { id: 'user-ann', name: 'Ann Lee' },
    recipient: { id: 'bot' },
    conversation: { id },
    locale: 'en-GB',
    localTimezone: 'Europe/Berlin',
    text,
  });
  expect(status).toBe(200);
  return (JSON.parse(body) as { activities: { text?: string }[] }).activities.map(
    (reply) => reply.text ?? '',
  );
}

describe('one conversation’s messages sent at once to two instances on one SQLite file', () => {
  it('are taken one after the other: none is refused with "send it again", none is lost', async () => {
    const [first, second] = bots as [BotProcess, BotProcess];
    const conversation = `conv-${randomUUID()}`;
    await say(first, conversation, 'I need to open a case');
    // A person who types fast, behind a load balancer that alternates between the instances.
    const lines = ['what do i do', 'status', 'help', 'what do you have so far', 'help', 'status'];
    const answers = await Promise.all(
      lines.map((line, n) => say(n % 2 ? second : first, conversation, line)),
    );
    expect(answers.flat().filter((reply) => reply.startsWith(apology))).toEqual([]);
    expect(answers.every((replies) => replies.length > 0)).toBe(true);
    // The intake is intact and still at its first question, on either instance.
    const status = await say(second, conversation, 'status');
    expect(status.join('\n')).toContain(en.fieldLabel.name);
  });
});
