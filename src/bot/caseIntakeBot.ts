import { ActivityHandler, type ConversationState, TurnContext } from 'botbuilder';
import { type Dialog, DialogSet, type DialogState, DialogTurnStatus } from 'botbuilder-dialogs';
import { messagesFor } from '../messages/catalog.js';

/**
 * The bot: greets new members, and routes every message into the intake dialog, starting it
 * when none is running. Conversation state (and with it any draft) is saved after each turn.
 */
export class CaseIntakeBot extends ActivityHandler {
  private readonly dialogs: DialogSet;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly intake: Dialog,
  ) {
    super();
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(intake);

    this.onMessage(async (context, next) => {
      TurnContext.removeRecipientMention(context.activity);
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.intake.id);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const joined = context.activity.membersAdded?.filter((member) => member.id !== botId) ?? [];
      if (joined.length > 0)
        await context.sendActivity(messagesFor(context.activity.locale).welcome);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}
