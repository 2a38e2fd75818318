import { describe, expect, it } from 'vitest';
import { english as en } from '../../src/messages/en/catalog.js';
import { spanish as es } from '../../src/messages/es/catalog.js';
import { type ChatUser, intakeChat } from '../support/intakeChat.js';
import { answerUpTo, berlin, useIntakeSandbox } from '../support/intakeFixture.js';

const api = useIntakeSandbox();
const madrid: ChatUser = {
  from: { id: 'user-ana', name: 'Ana Ruiz' },
  localTimezone: 'Europe/Madrid',
  locale: 'es-ES',
};

describe('status questions in other words, at any prompt', () => {
  it.each([
    'What have you got so far?',
    'show me my answers',
    'what do you know so far',
    'What did you get?',
    'What have I told you so far?',
    'can you show me what I entered?',
    'show me what you have',
    "what've you got",
    'ok, what do you have so far?',
    'What have you got, so far, please?',
  ])('"%s" at the e-mail prompt lists the answers, not refused as an e-mail', async (asked) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'email');
    const [status, again] = await chat.texts(asked);
    expect(status).toMatch(new RegExp(`^${en.statusIntro}`));
    expect(again).toBe(en.fieldPrompt.email(berlin));
  });

  it.each([
    '¿Qué tienes hasta ahora?',
    'muéstrame mis respuestas',
    '¿qué llevas?',
    '¿Qué he puesto?',
    '¿qué datos tienes?',
    'que tienes hasta ahora',
    'muéstrame lo que tienes',
    'vale, ¿y qué llevas de momento?',
  ])('"%s" in Spanish at the e-mail prompt lists the answers', async (asked) => {
    const chat = intakeChat(api.deps, madrid);
    await chat.say('caso nuevo');
    await chat.say('La VPN se cae');
    await chat.say('Se cae cada hora.');
    const [status] = await chat.texts(asked);
    expect(status).toMatch(new RegExp(`^${es.statusIntro}`));
  });

  it.each([
    ['It has dropped three times so far', en.fieldPrompt.email(berlin)],
    ['So far, what do you have to do is restart it and it works', en.fieldPrompt.email(berlin)],
  ])('"%s" at the description prompt is the description', async (said, next) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'description');
    expect(await chat.texts(said)).toEqual([next]);
    expect((await chat.texts('what have I entered?'))[0]).toContain(`- Description: ${said}`);
  });

  it('"hasta ahora" in a Spanish description keeps it a description', async () => {
    const chat = intakeChat(api.deps, madrid);
    await chat.say('caso nuevo');
    await chat.say('La VPN se cae');
    const said = 'Hasta ahora se ha caído tres veces';
    expect(await chat.texts(said)).toEqual([
      es.fieldPrompt.email({ ...berlin, timeZone: 'Europe/Madrid' }),
    ]);
  });
});
