import { afterEach, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../src/server/startBot.js';
import { postActivity } from '../support/postActivity.js';
import { startSandboxedBot } from '../support/sandboxedBot.js';

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const envelope = {
  channelId: 'emulator',
  deliveryMode: 'expectReplies',
  from: { id: 'user-ann', name: 'Ann Lee' },
  recipient: { id: 'bot' },
  conversation: { id: 'conv-malformed' },
};

/**
 * Fields the bot or botbuilder read as a channel writes them. Each of these shapes, found by
 * test/server/fuzz.test.ts, once passed the endpoint's checks and made the turn throw.
 */
const malformed: [string, Record<string, unknown>][] = [
  ['a null entity', { type: 'message', text: 'hi', entities: [null] }],
  ['an entity without a type', { type: 'message', text: 'hi', entities: [{}] }],
  [
    'a mention that mentions nobody',
    { type: 'message', text: 'hi', entities: [{ type: 'mention' }] },
  ],
  ['entities that are not a list', { type: 'message', text: 'hi', entities: {} }],
  ['a null member added', { type: 'conversationUpdate', membersAdded: [null] }],
  ['a card action without an action', { type: 'invoke', name: 'adaptiveCard/action', value: {} }],
  [
    'a Teams fetch task without a value',
    { type: 'invoke', channelId: 'msteams', name: 'composeExtension/fetchTask' },
  ],
  [
    'a Teams submit action without a value',
    { type: 'invoke', channelId: 'msteams', name: 'composeExtension/submitAction' },
  ],
  ['a Teams message update without channel data', { type: 'messageUpdate', channelId: 'msteams' }],
  ['no recipient', { type: 'message', text: 'hi', recipient: undefined }],
];

describe('an activity whose fields are not what a channel sends', () => {
  it.each(malformed)(
    'with %s is refused with a 400, and no turn throws',
    async (_label, fields) => {
      const started = await startSandboxedBot();
      bot = started.bot;

      const reply = await postActivity(bot.url, { ...envelope, ...fields });

      // Like every other malformed activity: refused before the turn, one rate-limited warning.
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.text)).toMatchObject({ error: 'invalid_activity' });
      expect(started.logger.entries.filter((entry) => entry.level === 'error')).toEqual([]);
    },
  );
});
