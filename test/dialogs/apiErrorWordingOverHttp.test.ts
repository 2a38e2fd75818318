import { afterEach, describe, expect, it } from 'vitest';
import { english as en } from '../../src/messages/en/catalog.js';
import type { RunningBot } from '../../src/server/startBot.js';
import { botConversation } from '../support/botConversation.js';
import { answerUpTo } from '../support/intakeFixture.js';
import { startSandboxedBot } from '../support/sandboxedBot.js';

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const apiWords = 'Invalid emailId ann@contoso.com for user 555-0100';

describe('a case API refusal, over HTTP', () => {
  it("tells the user in the bot's own words, and logs the API's words without personal data", async () => {
    const { bot: started, sandbox, logger } = await startSandboxedBot();
    bot = started;
    const chat = botConversation(bot.url);
    await answerUpTo(chat);
    sandbox.injectFaults({
      kind: 'status',
      status: 400,
      body: JSON.stringify({ errors: [{ msg: apiWords }] }),
    });

    const replies = await chat.send({ value: { intakeAction: 'yes' } });

    const said = JSON.stringify(replies);
    expect(replies[0]?.text).toBe(en.submitFailed({ kind: 'rejected', status: 400 }));
    expect(said).not.toMatch(/Invalid emailId|555-0100|for user/);
    expect(sandbox.cases).toHaveLength(0);

    const refusal = logger.entries.find((entry) => entry.message === 'createCase failed');
    expect(refusal).toMatchObject({
      level: 'warn',
      details: { error: 'rejected', apiMessage: 'Invalid emailId [email] for user [number]' },
    });
    expect(JSON.stringify(logger.entries)).not.toMatch(/ann@contoso\.com|555-0100/);
  });
});
