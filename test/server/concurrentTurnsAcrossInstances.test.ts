import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { english as en } from '../../src/messages/en/catalog.js';
import { botConversation } from '../support/botConversation.js';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';

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

describe('one conversation’s messages sent at once to two instances on one SQLite file', () => {
  it('are taken one after the other: none is refused with "send it again", none is lost', async () => {
    const [first, second] = bots as [BotProcess, BotProcess];
    const viaFirst = botConversation(first.url);
    const viaSecond = botConversation(second.url, undefined, undefined, viaFirst.conversation.id);
    await viaFirst.say('I need to open a case');
    // A person who types fast, behind a load balancer that alternates between the instances.
    const lines = ['what do i do', 'status', 'help', 'what do you have so far', 'help', 'status'];
    const answers = await Promise.all(
      lines.map((line, n) => (n % 2 ? viaSecond : viaFirst).say(line)),
    );
    expect(answers.flat().filter((reply) => reply.startsWith(apology))).toEqual([]);
    expect(answers.every((replies) => replies.length > 0)).toBe(true);
    // The intake is intact and still at its first question, on either instance.
    const status = await viaSecond.say('status');
    expect(status.join('\n')).toContain(en.fieldLabel.name);
  });
});
