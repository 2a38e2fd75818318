import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readingLimits } from '../../src/cases/readingLimits.js';
import { english as en } from '../../src/messages/en/catalog.js';
import { botConversation } from '../support/botConversation.js';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBotProcess({ LOG_LEVEL: 'silent' });
});
afterAll(async () => {
  await bot.stop();
});

const ones = (length: number) => '1 '.repeat(length / 2);
const digits = (length: number) => '1234567890'.repeat(length / 10);
const numberList = (length: number) => '12/3 415 555 0100, 7 '.repeat(length / 21);
const prose = (length: number) =>
  'the printer on floor 3 jams every tuesday at 5 and by friday it is worse, '.repeat(length / 74);

// What these messages cost the others, in time, is measured by `npm run bench`
// (bench/hostileText.mjs: a bystander's turns and the event-loop delay against no load, in the
// same run); here, what each gets back. No wall-clock bound: the machines are shared.
describe('long, number-heavy messages', () => {
  it.each([
    ['8 KB of "1 1 1"', ones(8 * 1024)],
    ['64 KB of digits', digits(64 * 1024)],
  ])('answers %s with the limit, and reads nothing from it', async (_label, text) => {
    const chat = botConversation(bot.url);
    const replies = await chat.say(text);
    expect(replies).toEqual([
      en.messageTooLong(text.length, {
        message: readingLimits.messageLength,
        description: 4000,
      }),
    ]);
    expect(await chat.say('I would like to open a case')).toEqual([
      en.intakeStart,
      expect.any(String),
    ]);
  });

  it('answers another conversation while hostile messages are read, and every one of them', async () => {
    const bystander = botConversation(bot.url);
    await bystander.say('I would like to open a case');
    const atPhone = botConversation(bot.url);
    await atPhone.say('I would like to open a case');
    await atPhone.say('Printer jams');
    await atPhone.say('Every duplex job jams the printer.');
    await atPhone.say('ann@contoso.com');

    const limit = readingLimits.messageLength - 100;
    const hostile = [
      botConversation(bot.url).say(ones(8 * 1024)),
      botConversation(bot.url).say(digits(64 * 1024)),
      botConversation(bot.url).say(ones(limit)),
      botConversation(bot.url).say(prose(limit)),
      atPhone.say(numberList(limit)),
    ];
    const meanwhile = await bystander.say('Laptop screen flickers');

    expect(meanwhile).toEqual([expect.stringContaining('describe')]);
    const answered = await Promise.all(hostile);
    expect(answered.every((replies) => replies.length > 0)).toBe(true);
    expect(bot.alive()).toBe(true);
  });
});
