import {
  type ConversationState,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import type { Dialog, DialogContext, DialogState } from 'botbuilder-dialogs';
// The modules of botbuilder-dialogs the bot runs, not its index (every prompt and memory scope).
import { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
import { maxDescriptionLength } from '../cases/caseText.js';
import { isIntakeRequestOnly } from '../cases/intakeRequest.js';
import { readingLimits } from '../cases/readingLimits.js';
import {
  type ConversationDefaults,
  conversationContext,
} from '../conversation/conversationContext.js';
import type { IntakeOptions } from '../dialogs/intakeDialog.js';
import { isCardSubmit, pressedCardAction } from '../intake/cardActions.js';
import { asidesAndPleaseOf } from '../intake/courtesy.js';
import type { IntakeResult } from '../intake/intakeResult.js';
import { normalisedText } from '../intake/normalisedText.js';
import { saysOnly } from '../intake/saysOnly.js';
import type { Logger } from '../logging/logger.js';
import { messagesFor } from '../messages/catalog.js';
import type { Messages } from '../messages/messages.js';
import { perCatalog } from '../messages/perCatalog.js';
import type { RecordStore } from '../storage/recordStore.js';
import { asksAboutTheCase } from './asksAboutTheCase.js';
import type { ConversationHistory } from './conversationHistory.js';
import type { ConversationLock } from './conversationLock.js';
import { dialogContextsWithSharedMemoryScopes } from './dialogMemoryScopes.js';
import { escalationDescription } from './escalationDescription.js';
import { LastCase } from './lastCase.js';
import { type CreateCaseMessageAction, createCaseCommandId } from './messageAction.js';
import { sendKeptNotices } from './outcomeDelivery.js';
import { RedeliveredActivities } from './redeliveredActivities.js';
import { teamsMemberContact } from './teamsMemberContact.js';
import { createTurnQueue } from './turnQueue.js';

/** Thanks, or a yes or no, said when no intake runs: answered with the friendly close. */
const closingWordsOf = perCatalog((commands: Messages['commands']) => [
  ...commands.thanks,
  ...commands.yes,
  ...commands.no,
]);

/** What the bot is made of; the composition root builds it. */
export interface CaseIntakeBotParts {
  conversationState: ConversationState;
  intake: Dialog;
  history: ConversationHistory;
  createCaseAction: CreateCaseMessageAction;
  defaults: ConversationDefaults;
  /** The shared records: results kept for people whose channel cannot take them later. */
  records: RecordStore;
  /** Holds a conversation across instances for a turn; without it, only within this process. */
  conversationLock?: ConversationLock;
  logger?: Logger;
}

/**
 * The bot: greets new members, routes every message into the intake dialog (starting it when
 * none runs, with the e-mail Teams knows for the user), turns "escalate" into a case from the
 * recent conversation, and handles the Teams "Create case" message action. In Teams group chats
 * and channels the mention of the bot is stripped; replies go to the thread they came from.
 * Conversation state (and with it any draft) is saved after each turn, against the version the
 * turn read; a conversation's turns run one at a time (across instances with the conversation
 * lock), and a re-delivered message is skipped.
 */
export class CaseIntakeBot extends TeamsActivityHandler {
  private readonly dialogContext: (context: TurnContext) => Promise<DialogContext>;
  private readonly inTurn = createTurnQueue();
  private readonly redelivered: RedeliveredActivities;
  private readonly lastCase: LastCase;

  constructor(private readonly parts: CaseIntakeBotParts) {
    super();
    const dialogs = new DialogSet(
      parts.conversationState.createProperty<DialogState>('dialogState'),
    );
    dialogs.add(parts.intake);
    this.dialogContext = dialogContextsWithSharedMemoryScopes(dialogs);
    this.redelivered = new RedeliveredActivities(parts.conversationState);
    this.lastCase = new LastCase(parts.conversationState);

    this.onMessage(async (context, next) => {
      TurnContext.removeRecipientMention(context.activity);
      if (await this.refusedAsTooLong(context)) return;
      const dc = await this.dialogContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.complete) {
        await this.lastCase.remember(context, result.result as IntakeResult | undefined);
      }
      if (result.status === DialogTurnStatus.empty) {
        const options = await this.intakeOptions(context);
        if (options) await dc.beginDialog(parts.intake.id, options);
      }
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

  /**
   * One turn: after the conversation's previous turn in this process, skipping a message the
   * conversation already handled, saved (against the version read) when it ends.
   */
  override async run(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation?.id ?? '';
    const lock = this.parts.conversationLock ?? ((_id, turn) => turn());
    await this.inTurn(conversationId, () => lock(conversationId, () => this.runAlone(context)));
  }

  /** The turn itself, while no other turn of the conversation runs. */
  private async runAlone(context: TurnContext): Promise<void> {
    if (await this.redelivered.alreadyHandled(context)) {
      this.parts.logger?.debug(
        { activityType: context.activity.type },
        'redelivered activity skipped',
      );
      return;
    }
    if (context.activity.type === 'message') await sendKeptNotices(context, this.parts.records);
    await super.run(context);
    await this.parts.conversationState.saveChanges(context, false);
  }

  protected override handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action.commandId !== createCaseCommandId)
      return super.handleTeamsMessagingExtensionFetchTask(context, action);
    return this.parts.createCaseAction.fetchTask(context, action);
  }

  protected override handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action.commandId !== createCaseCommandId)
      return super.handleTeamsMessagingExtensionSubmitAction(context, action);
    return this.parts.createCaseAction.submitAction(context, action);
  }

  /**
   * A message longer than the bot reads is answered with its length and the limit, and goes no
   * further: not into the dialog, not into the history kept for escalation.
   */
  private async refusedAsTooLong(context: TurnContext): Promise<boolean> {
    const { text } = context.activity;
    if (typeof text !== 'string' || text.length <= readingLimits.messageLength) return false;
    const { messages } = conversationContext(context, this.parts.defaults);
    await context.sendActivity(
      messages.messageTooLong(text.length, {
        message: readingLimits.messageLength,
        description: maxDescriptionLength,
      }),
    );
    return true;
  }

  /**
   * How a new intake starts: from the recent conversation on "escalate", otherwise from this
   * message (which is also kept for a later escalation). Thanks, or a stray yes or no (after a
   * case was created), get a friendly close instead; a question about the case the conversation
   * opened ("when will someone call me?") an answer about it. In group chats and channels only a request
   * for a case starts one; other mentions get an offer, so the conversation can go on.
   */
  private async intakeOptions(context: TurnContext): Promise<IntakeOptions | undefined> {
    const { from, text, conversation, value } = context.activity;
    const { messages, timeZone, culture } = conversationContext(context, this.parts.defaults);
    const pressed = pressedCardAction(value);
    if (isCardSubmit(value) && pressed !== 'form' && pressed !== 'useForm') {
      await context.sendActivity(messages.staleCard);
      return undefined;
    }
    const typed = typeof text === 'string' ? text : '';
    const { commands } = messages;
    if (
      typed.trim() !== '' &&
      saysOnly(typed, closingWordsOf(commands), asidesAndPleaseOf(commands), commands.shorthand)
    ) {
      await context.sendActivity(messages.closing);
      return undefined;
    }
    const lastCase = await this.lastCase.recall(context);
    if (lastCase && asksAboutTheCase(typed, messages)) {
      await context.sendActivity(messages.caseFollowUp(lastCase.refId));
      return undefined;
    }
    const escalating = messages.commands.escalate.includes(normalisedText(typed));
    if (!escalating) {
      await this.parts.history.record(context);
      const shared =
        conversation?.conversationType === 'groupChat' ||
        conversation?.conversationType === 'channel';
      if (shared && !isIntakeRequestOnly(typed, culture)) {
        await context.sendActivity(messages.groupOffer);
        return undefined;
      }
    }
    const member = await teamsMemberContact(context, from.id, this.parts.logger);
    const known = { knownEmail: member.email, userName: member.name };
    if (!escalating) return known;
    const seen = await this.parts.history.recent(context);
    if (seen.length === 0) {
      await context.sendActivity(messages.escalationNothingSeen);
      return { ...known, readOpeningMessage: false };
    }
    return {
      ...known,
      readOpeningMessage: false,
      draft: { description: escalationDescription(seen, messages, timeZone) },
    };
  }
}
