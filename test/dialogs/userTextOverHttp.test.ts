import { afterEach, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../src/server/startBot.js';
import { type BotReply, botConversation } from '../support/botConversation.js';
import { cardTexts } from '../support/cardTexts.js';
import { sampleAnswers } from '../support/caseFixtures.js';
import { startSandboxedBot } from '../support/sandboxedBot.js';
import { shownAsText } from '../support/webChatMarkdown.js';

const hostileName = '![x](https://evil.example/p.png) [click](https://evil.example)';
const hostileDescription =
  '<img src=x onerror=alert(1)> It jams, see https://evil.example/jam **now** <b>please</b>';

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

/** Every text a client renders as Markdown in these replies: message texts and card texts. */
const markdownOf = (replies: BotReply[]) =>
  replies.flatMap((reply) => [
    ...(reply.text ? [reply.text] : []),
    ...(reply.attachments ?? []).flatMap((attachment) => cardTexts(attachment.content)),
  ]);

/** Renders the texts as Web Chat does, allowing only the bot's own list of fields as markup. */
const renderedAsText = (texts: string[]) => shownAsText(texts, ['<ul>', '<li>']);

describe('what the user typed is shown as text over HTTP', () => {
  it('on the summary card, in "what have I entered?", and in what the change command says', async () => {
    const started = await startSandboxedBot();
    bot = started.bot;
    const chat = botConversation(bot.url);
    await chat.say('I would like to open a case');
    await chat.say(hostileName);
    await chat.say(hostileDescription);
    await chat.say(sampleAnswers.email);
    await chat.say(sampleAnswers.phone);

    const status = renderedAsText(markdownOf(await chat.send({ text: 'what have I entered?' })));
    expect(status).toContain(hostileName);
    expect(status).toContain(hostileDescription);

    const summary = await chat.send({ text: sampleAnswers.dueDate });
    const card = summary.at(-1)?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const shown = renderedAsText(markdownOf(summary));
    expect(shown).toContain(hostileName);
    expect(shown).toContain(hostileDescription);
    expect(shown).toContain(sampleAnswers.email);

    const renamed = `${hostileName} again`;
    const changed = renderedAsText(
      markdownOf(await chat.send({ text: `change the name to ${renamed}` })),
    );
    expect(changed).toContain(renamed);

    const created = renderedAsText(markdownOf(await chat.send({ value: { intakeAction: 'yes' } })));
    expect(created).toMatch(/^Your case CS000001 is open/);
    // Escaping is for display only: the case system gets what the user typed.
    expect(started.sandbox.received[0]?.body).toMatchObject({
      name: renamed,
      desc: hostileDescription,
    });
  });

  it('in the text summary of a channel without cards', async () => {
    ({ bot } = await startSandboxedBot());
    const chat = botConversation(bot.url);
    const say = (text: string) => chat.send({ text, channelId: 'sms' });
    await say('I would like to open a case');
    await say(hostileName);
    await say(hostileDescription);
    await say(sampleAnswers.email);
    await say(sampleAnswers.phone);
    const summary = await say(sampleAnswers.dueDate);
    expect(summary.some((reply) => reply.attachments?.length)).toBe(false);
    const shown = renderedAsText(markdownOf(summary));
    expect(shown).toContain(hostileName);
    expect(shown).toContain(hostileDescription);
  });
});
