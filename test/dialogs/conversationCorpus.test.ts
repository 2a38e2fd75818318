import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '../../src/cases/caseDraft.js';
import { examplePhoneNumber } from '../../src/cases/phoneNumber.js';
import { messagesFor } from '../../src/messages/catalog.js';
import { displayedFields, fieldLines } from '../../src/presentation/displayedFields.js';
import {
  type ConversationCase,
  conversationCorpus,
  type Speaker,
  type Wording,
} from '../corpus/conversationCorpus.js';
import { type ChatUser, intakeChat } from '../support/intakeChat.js';
import { useIntakeSandbox } from '../support/intakeFixture.js';

const api = useIntakeSandbox();

/** The catalog of the speaker's language, worded for their zone and country. */
function wordingFor(speaker: Speaker): Wording {
  const messages = messagesFor(speaker.locale);
  const shownAll = (draft: CaseDraft) => displayedFields(draft, messages, speaker.zone);
  return {
    messages,
    field: {
      timeZone: speaker.zone,
      phoneRegion: speaker.region,
      phoneExample: examplePhoneNumber(speaker.region),
    },
    shown: (field, value) => shownAll({ [field]: value })[field] ?? value,
    lines: (draft, missing) => fieldLines(shownAll(draft), messages, missing),
  };
}

const chatUser = ({ locale, zone }: Speaker): ChatUser => ({
  from: { id: `user-${locale}`, name: 'Alex Kim' },
  localTimezone: zone,
  locale,
});

describe.each(Object.entries(conversationCorpus))('%s', (_group, cases) => {
  const named = cases.map((conversation): [string, ConversationCase] => [
    `${conversation.speaker.locale}: ${conversation.about}`,
    conversation,
  ]);
  it.each<[string, ConversationCase]>(named)(
    '%s',
    async (_name, { speaker, knownEmail, turns, end }) => {
      const chat = intakeChat(api.deps, chatUser(speaker), {
        intake: knownEmail ? { knownEmail } : {},
      });
      const wording = wordingFor(speaker);
      for (const { say, replies } of turns) {
        const answered = await chat.texts(say);
        if (replies)
          expect(answered, `the replies to "${say}"`).toEqual(
            replies.map((reply) => reply(wording)),
          );
      }
      const bodies = api.sandbox.received.map((request) => request.body);
      if ('created' in end) {
        expect(chat.result).toMatchObject({ status: 'created' });
        expect(bodies).toEqual([expect.objectContaining(end.created)]);
        return;
      }
      expect(bodies).toEqual([]);
      if ('cancelled' in end) {
        expect(chat.result).toEqual({ status: 'cancelled' });
        return;
      }
      const { messages } = wording;
      const [listed] = await chat.texts(messages.commands.status[0] ?? '');
      expect(listed).toBe(
        `${messages.statusIntro}\n\n${wording.lines(end.draft, messages.notYet)}`,
      );
    },
  );
});
