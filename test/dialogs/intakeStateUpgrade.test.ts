import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { DialogSet, type DialogState, DialogTurnStatus } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { IntakeDialog, intakeDialogId } from '../../src/dialogs/intakeDialog.js';
import { english as en } from '../../src/messages/en/catalog.js';
import { useIntakeSandbox } from '../support/intakeFixture.js';

const api = useIntakeSandbox();
const usDefaults = { timeZone: 'UTC', phoneRegion: 'US', phoneExample: expect.anything() };

/** A bot that runs the intake over a storage the test can write to, as the real bot does. */
function botOver(storage: MemoryStorage) {
  const conversationState = new ConversationState(storage);
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  dialogs.add(new IntakeDialog(api.deps));
  return new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(intakeDialogId);
    await conversationState.saveChanges(context);
  });
}

/** Conversation state as the earlier component dialog kept it, waiting for the e-mail. */
const earlierState = {
  dialogState: {
    dialogStack: [
      {
        id: intakeDialogId,
        state: {
          dialogs: {
            dialogStack: [
              {
                id: 'collectFields',
                state: {
                  options: {
                    draftId: 'draft-1',
                    draft: { name: 'VPN drops', description: 'It drops every hour.' },
                    checks: [],
                  },
                  values: { asked: { kind: 'field', field: 'email' } },
                  stepIndex: 1,
                },
              },
              { id: 'answerPrompt', state: { options: {}, state: { attemptCount: 0 } } },
            ],
          },
        },
      },
    ],
  },
};

describe('a draft kept before the intake became a flow', () => {
  it('goes on where it was after a deploy: the answers stay and the next question follows', async () => {
    const storage = new MemoryStorage();
    await storage.write({ 'test/conversations/Convo1/': earlierState });
    await botOver(storage)
      .send('ann@contoso.com')
      .assertReply(en.fieldPrompt.phone(usDefaults))
      .send('what have I entered?')
      .assertReply((reply) => {
        expect(reply.text).toContain('- Name: VPN drops');
        expect(reply.text).toContain('- E-mail: ann@contoso\\.com');
      });
  });

  it('starts a new intake from the message when the kept state cannot be read', async () => {
    const storage = new MemoryStorage();
    await storage.write({
      'test/conversations/Convo1/': {
        dialogState: { dialogStack: [{ id: intakeDialogId, state: { intake: 'garbled' } }] },
      },
    });
    await botOver(storage)
      .send('my printer jams')
      .assertReply(en.intakeStart)
      .assertReply((reply) => expect(reply.text).toContain(en.understood));
  });
});
