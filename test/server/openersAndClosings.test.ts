import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFields } from '../../src/cases/caseDraft.js';
import { loadConfig } from '../../src/config/config.js';
import { messagesFor } from '../../src/messages/catalog.js';
import { english as en } from '../../src/messages/en/catalog.js';
import { spanish as es } from '../../src/messages/es/catalog.js';
import { fieldLines } from '../../src/presentation/displayedFields.js';
import { type RunningBot, startBot } from '../../src/server/startBot.js';
import {
  afterTheCase,
  answersBySpeaker,
  followUpsAfterTheCase,
  london,
  madrid,
  type Speaker,
} from '../corpus/conversationCorpus.js';
import { botConversation } from '../support/botConversation.js';
import { sampleAnswers } from '../support/caseFixtures.js';
import { berlin, testNow } from '../support/intakeFixture.js';
import { recordingLogger } from '../support/recordingLogger.js';

let bot: RunningBot;
beforeAll(async () => {
  const unlimited = { KORE_REQUESTS_PER_MINUTE: '100000', SANDBOX_REQUESTS_PER_MINUTE: '100000' };
  bot = await startBot(
    loadConfig({ PORT: '0', STORAGE: 'memory', ...unlimited }),
    recordingLogger(),
    {
      clock: () => testNow,
      storage: new MemoryStorage(),
    },
  );
});
afterAll(() => bot.close());

/** A conversation of `speaker`'s whose case was just created, and the reply that said so. */
async function chatAfterACase(speaker: Speaker) {
  const { locale, zone } = speaker;
  const chat = botConversation(bot.url, undefined, { locale, localTimezone: zone });
  const messages = messagesFor(locale);
  for (const answer of answersBySpeaker(speaker)) await chat.say(answer);
  const [created] = await chat.say(messages.commands.yes[0] ?? '');
  return { chat, messages, created };
}

describe('openers that only greet or ask, and thanks at the end, over HTTP', () => {
  it.each([
    ['hello there', 'I need to raise a ticket'],
    ['hi', 'I want to log a problem'],
    ['good morning', 'can you open a new case please'],
  ])('"%s", then "%s": the request is not taken for the case name', async (greeting, request) => {
    const chat = botConversation(bot.url);
    expect(await chat.say(greeting)).toEqual([en.intakeStart, en.fieldPrompt.name(berlin)]);
    expect(await chat.say(request)).toEqual([en.alreadyOpening, en.fieldPrompt.name(berlin)]);
    expect(await chat.say('VPN drops')).toEqual([en.fieldPrompt.description(berlin)]);
  });

  it.each([
    'I want to log a problem',
    'I need to report a fault please',
    'Could you open a support ticket for me?',
    'I need help',
  ])(
    'an opener that is only an intent ("%s") is neither the description nor the name',
    async (opener) => {
      const chat = botConversation(bot.url);
      expect(await chat.say(opener)).toEqual([en.intakeStart, en.fieldPrompt.name(berlin)]);
    },
  );

  it.each(['quiero reportar una avería', 'necesito registrar un problema'])(
    'a Spanish opener that is only an intent ("%s") is not the description',
    async (opener) => {
      const chat = botConversation(bot.url, undefined, {
        locale: 'es-ES',
        localTimezone: 'Europe/Madrid',
      });
      const madrid = { ...berlin, timeZone: 'Europe/Madrid' };
      expect(await chat.say(opener)).toEqual([es.intakeStart, es.fieldPrompt.name(madrid)]);
    },
  );

  it.each(['thank you so much', 'thanks', 'yes', 'ok'])(
    'after the case is created, "%s" gets a friendly close, not a new intake',
    async (thanks) => {
      const chat = botConversation(bot.url);
      await chat.say('I would like to open a case');
      for (const field of caseFields) await chat.say(sampleAnswers[field]);
      const [created] = await chat.say('yes');
      expect(created).toContain('is open');
      expect(await chat.say(thanks)).toEqual([en.closing]);
      expect(await chat.say('new case')).toEqual([en.intakeStart, en.fieldPrompt.name(berlin)]);
    },
  );

  it.each([
    [london, 'another case'],
    [london, 'another one pls'],
    [london, 'i need another case'],
    [london, 'actually i need another case'],
    [madrid, 'otro caso'],
    [madrid, 'necesito otro caso'],
    [madrid, 'vale, necesito otro caso'],
  ] as const)(
    '%s: "%s" after the case is created starts a new intake with nothing filled',
    async (speaker, said) => {
      const { chat, messages } = await chatAfterACase(speaker);
      expect(await chat.say(said)).toEqual([
        messages.intakeStart,
        messages.fieldPrompt.name({ ...berlin, timeZone: speaker.zone }),
      ]);
      const [listed] = await chat.say(messages.commands.status[0] ?? '');
      expect(listed).toBe(
        `${messages.statusIntro}\n\n${fieldLines({}, messages, messages.notYet)}`,
      );
    },
  );

  it.each([
    [london, 'cheers. another one pls: my docking station ethernet port is dead'],
    [madrid, 'gracias. otro más: la impresora del piso 2 no imprime'],
  ] as const)(
    '%s: "%s" after the case is created starts a new case about the problem alone',
    async (speaker, said) => {
      const { chat, messages } = await chatAfterACase(speaker);
      const problem = said.slice(said.lastIndexOf(':') + 2);
      const description = problem.charAt(0).toUpperCase() + problem.slice(1);
      const [started, understood] = await chat.say(said);
      expect(started).toBe(messages.intakeStart);
      expect(understood).toBe(`${messages.understood}\n\n${fieldLines({ description }, messages)}`);
    },
  );

  it.each(afterTheCase.map(({ speaker, said }) => [speaker.locale, said, speaker] as const))(
    '%s: "%s" after the case is created gets the close in that language',
    async (_locale, said, speaker) => {
      const { chat, messages, created } = await chatAfterACase(speaker);
      expect(created).toMatch(/CS\d{6}/);
      expect(await chat.say(said)).toEqual([messages.closing]);
    },
  );

  it.each(
    followUpsAfterTheCase.map(({ speaker, said }) => [speaker.locale, said, speaker] as const),
  )(
    '%s: "%s" after the case is created is answered about that case',
    async (_locale, said, speaker) => {
      const { chat, messages, created } = await chatAfterACase(speaker);
      const refId = created?.match(/CS\d{6}/)?.[0];
      expect(refId).toBeDefined();
      expect(await chat.say(said)).toEqual([messages.caseFollowUp(refId)]);
    },
  );

  it('the same question before any case is made starts an intake about it', async () => {
    const chat = botConversation(bot.url);
    const [started] = await chat.say('when will someone call me about the broken printer?');
    expect(started).toBe(en.intakeStart);
  });
});
