import { ConversationState, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
import { describe, expect, it } from 'vitest';
import { dialogContextsWithSharedMemoryScopes } from '../../src/bot/dialogMemoryScopes.js';

const adapter = new TestAdapter();
const turnIn = (conversation: string) =>
  new TurnContext(adapter, {
    type: 'message',
    text: 'hi',
    channelId: 'test',
    conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: `user-${conversation}`, name: 'Ann' },
    recipient: { id: 'bot', name: 'bot' },
  });

function contexts() {
  const state = new ConversationState(new MemoryStorage());
  return dialogContextsWithSharedMemoryScopes(
    new DialogSet(state.createProperty<DialogState>('dialogState')),
  );
}

describe('dialog contexts with the memory scopes built once', () => {
  it('hands the first turn’s memory scopes to the turns after it', async () => {
    const dialogContext = contexts();
    const first = await dialogContext(turnIn('a'));
    const second = await dialogContext(turnIn('b'));

    expect(first.state.configuration.memoryScopes.length).toBeGreaterThan(0);
    expect(second.state.configuration).toBe(first.state.configuration);
  });

  it('keeps what a turn remembers out of the next turn, in the same conversation or another', async () => {
    const dialogContext = contexts();
    const first = await dialogContext(turnIn('a'));
    first.state.setValue('turn.seen', 'first turn');
    expect(first.state.getValue('turn.seen')).toBe('first turn');

    for (const conversation of ['a', 'b']) {
      const next = await dialogContext(turnIn(conversation));
      expect(next.state.getValue('turn.seen')).toBeUndefined();
    }
  });
});
