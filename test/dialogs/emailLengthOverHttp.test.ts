import { afterEach, describe, expect, it } from 'vitest';
import { english as en } from '../../src/messages/en/catalog.js';
import type { RunningBot } from '../../src/server/startBot.js';
import { botConversation } from '../support/botConversation.js';
import { sampleAnswers } from '../support/caseFixtures.js';
import { answerUpTo, berlin } from '../support/intakeFixture.js';
import { startSandboxedBot } from '../support/sandboxedBot.js';

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

describe('an e-mail address longer than RFC 5321 allows, over HTTP', () => {
  it('is refused at the e-mail prompt with the reason, and the case carries the good one given next', async () => {
    const started = await startSandboxedBot();
    bot = started.bot;
    const chat = botConversation(bot.url);
    await answerUpTo(chat, 'email');

    const tooLong = `${'a'.repeat(488)}@contoso.com`;
    expect(tooLong).toHaveLength(500);
    expect(await chat.say(tooLong)).toEqual([en.fieldProblem.email('too_long', berlin)]);
    expect(await chat.say(`${'b'.repeat(65)}@contoso.com`)).toEqual([
      en.fieldProblem.email('too_long', berlin),
    ]);

    expect(await chat.say('ann.lee@contoso.com')).toEqual([en.fieldPrompt.phone(berlin)]);
    await chat.say(sampleAnswers.phone);
    await chat.say(sampleAnswers.dueDate);
    await chat.send({ value: { intakeAction: 'yes' } });

    expect(started.sandbox.received).toHaveLength(1);
    expect(started.sandbox.received[0]?.body).toMatchObject({ emailId: 'ann.lee@contoso.com' });
  });

  it('is not taken from a free-form message', async () => {
    const started = await startSandboxedBot();
    bot = started.bot;
    const chat = botConversation(bot.url);
    const replies = await chat.say(
      `My printer jams on every duplex job, reach me at ${'a'.repeat(488)}@contoso.com`,
    );
    expect(replies.join('\n')).not.toContain('@contoso.com');
    await chat.say('Printer jams');
    expect(await chat.say('what have I entered?')).toEqual([
      expect.stringContaining(`- ${en.fieldLabel.email}: ${en.notYet}`),
      en.fieldPrompt.email(berlin),
    ]);
  });
});
