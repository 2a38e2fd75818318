import { randomUUID } from 'node:crypto';
import { setTimeout as pause } from 'node:timers/promises';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { startBot } from '../server/startBot.js';

/** A conversation, in the words and place of a person, to the case it opens. */
interface Conversation {
  locale: string;
  localTimezone: string;
  turns: string[];
}

/**
 * What people say most: a long first message with a description, a deadline and contacts, the
 * answers to each question, a change at the summary and the "yes" that creates the case, in
 * English and in Spanish. The replies do not matter here, only that each turn ran.
 */
const conversations: Conversation[] = [
  {
    locale: 'en-US',
    localTimezone: 'America/Los_Angeles',
    turns: [
      'hi, Outlook crashes every time I open an attachment, could you have it fixed by Monday 10am? reach me at tom@fabrikam.com or +1 206 555 0142',
      'Outlook crashes on attachments',
      'It closes as soon as I double-click any PDF attachment.',
      'tom@fabrikam.com',
      '(206) 555-0142',
      'next Tuesday at 3pm',
      'change the phone to 206 555 0199',
      'yes',
      'thanks!',
    ],
  },
  {
    locale: 'es-ES',
    localTimezone: 'Europe/Madrid',
    turns: [
      'hola, necesito abrir un caso: no anda la vpn desde esta mañana, lo necesito para el lunes a las 10, mi correo es ana@contoso.es y mi tel 612 345 678',
      'La VPN no conecta',
      'sí',
      'gracias',
    ],
  },
];

const readyPollMs = 20;
/** A build never waits forever on the rehearsal: readiness, and each turn, get this long. */
const stepTimeoutMs = 30_000;

/**
 * Starts the server as `npm start` would, on a free loopback port with the case API's sandbox
 * and state in memory, waits for its warm-up, and takes it through `conversations` over HTTP,
 * then closes it: every function a turn runs has then been compiled, and the code cache written
 * next (`node dist/main.js --write-code-cache`) holds them, so a fresh process's first turn does
 * not compile them.
 */
export async function exerciseForCodeCache(): Promise<void> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    STORAGE: 'memory',
    LOG_LEVEL: 'silent',
    WEBCHAT_ENABLED: 'false',
  });
  const bot = await startBot(config, createLogger(config.logLevel));
  try {
    const readyBy = Date.now() + stepTimeoutMs;
    while ((await fetch(`${bot.url}/readyz`)).status !== 200) {
      if (Date.now() > readyBy) throw new Error('the server was not ready for its rehearsal');
      await pause(readyPollMs);
    }
    for (const { locale, localTimezone, turns } of conversations) {
      const conversation = { id: `code-cache-${randomUUID()}` };
      for (const text of turns) {
        const response = await fetch(`${bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          signal: AbortSignal.timeout(stepTimeoutMs),
          body: JSON.stringify({
            type: 'message',
            id: randomUUID(),
            channelId: 'emulator',
            deliveryMode: 'expectReplies',
            from: { id: 'code-cache-user', name: 'Ann' },
            recipient: { id: 'bot' },
            conversation,
            locale,
            localTimezone,
            text,
          }),
        });
        if (response.status !== 200)
          throw new Error(`the server answered ${response.status} to a turn of its warm-up`);
        await response.arrayBuffer();
      }
    }
  } finally {
    await bot.close();
  }
}
