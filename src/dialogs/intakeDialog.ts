import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
// The one module of botbuilder-dialogs the intake needs at run time: its index loads every
// prompt, choice and memory scope as well, a fifth of the bot's start-up.
import { Dialog } from 'botbuilder-dialogs/lib/dialog.js';
import type { CaseApi } from '../caseApi/caseApi.js';
import type { CaseDraft, CompleteCaseDraft } from '../cases/caseDraft.js';
import { type OpeningMessage, readOpeningMessage } from '../cases/messageUnderstanding.js';
import {
  type ConversationContext,
  type ConversationDefaults,
  conversationContext,
  parseContextOf,
} from '../conversation/conversationContext.js';
import { apply, startIntake, type Transition } from '../intake/intakeFlow.js';
import { nextQuestion } from '../intake/intakeQuestion.js';
import type { Reply } from '../intake/intakeReply.js';
import type { IntakeResult } from '../intake/intakeResult.js';
import type { IntakeState } from '../intake/intakeState.js';
import { type ReplyContext, readFormRequest, readReply } from '../intake/replyReading.js';
import { createMemoryRecordStore } from '../storage/memoryRecordStore.js';
import type { CaseSubmitter, Delivery, OutboxOutcome } from '../submission/caseOutbox.js';
import { createCaseSubmission, submissionTimingsFor } from '../submission/caseSubmission.js';
import { submitDraft } from '../submission/draftSubmission.js';
import { noticeActivities } from './noticeActivities.js';
import { questionActivity } from './questionActivity.js';
import { storedIntakeState } from './storedIntakeState.js';

export type { IntakeResult } from '../intake/intakeResult.js';

/** The id the intake dialog is registered under unless told otherwise. */
export const intakeDialogId = 'caseIntake';

/** What the intake needs from its host bot. */
export interface IntakeDependencies {
  caseApi: CaseApi;
  /** The case template id (`ctm-…`) every case is created with. */
  caseTemplate: string;
  defaults: ConversationDefaults;
  /**
   * Takes each confirmed draft and creates its case once: by default straight through the
   * client, with its records in this process's memory; the bot gives its durable outbox. A host
   * that also mounts the Teams message action gives both the same one, so a draft has one record.
   */
  submission?: CaseSubmitter;
  /**
   * How a result the turn did not wait for reaches the person (see `deliveryFor`); only an
   * outbox uses it.
   */
  delivery?: (
    context: TurnContext,
    conversation: ConversationContext,
    draftName: string,
  ) => Delivery;
  clock?: () => Date;
}

/** How a host starts the intake. */
export interface IntakeOptions {
  /** Fields the host already knows; they are taken as they are. */
  draft?: CaseDraft;
  /**
   * Read the message that started the intake for a description, e-mail, phone and due date
   * ("my printer jams, fix by Friday, ann@contoso.com"). On unless the host says otherwise.
   */
  readOpeningMessage?: boolean;
  /** An e-mail the host knows for the user (the Teams member profile), proposed, not assumed. */
  knownEmail?: string;
  /** The user's display name as the host knows it (the Teams member profile), for `userInfo`. */
  userName?: string;
}

/**
 * The case intake as a botbuilder dialog: a thin adapter around the flow in `src/intake`. Each
 * turn it reads the message once against the question asked (`readReply`), lets the flow decide
 * (`apply`), says the flow's notices and asks its next question; a confirmed draft is created
 * here, through the submission, and its outcome given back to the flow. The state is the flow's
 * `IntakeState`, kept in the dialog instance.
 */
export class IntakeDialog extends Dialog<IntakeOptions> {
  private readonly submission: CaseSubmitter;
  private readonly clock: () => Date;

  constructor(
    private readonly deps: IntakeDependencies,
    dialogId: string = intakeDialogId,
  ) {
    super(dialogId);
    this.clock = deps.clock ?? (() => new Date());
    this.submission =
      deps.submission ??
      createCaseSubmission(deps.caseApi, createMemoryRecordStore(), submissionTimingsFor(10_000));
  }

  override async beginDialog(
    dc: DialogContext,
    options?: IntakeOptions,
  ): Promise<DialogTurnResult> {
    const conversation = this.conversation(dc.context);
    const { activity } = dc.context;
    const context = this.replyContext(conversation);
    // A form asked for or submitted before the intake ran (a card from an earlier case) is
    // carried out, not read as a description.
    const formRequest = readFormRequest(activity, context);
    const readsOpening =
      options?.readOpeningMessage !== false && typeof activity.text === 'string' && !formRequest;
    const { readings, emailProblem }: OpeningMessage = readsOpening
      ? readOpeningMessage(activity.text, context.parse)
      : { readings: {} };
    const started = startIntake({
      draft: options?.draft,
      knownEmail: options?.knownEmail ?? conversation.knownEmail,
      userName: options?.userName,
      opening: readings,
      refused: emailProblem ? [{ field: 'email', problem: emailProblem }] : [],
    });
    return this.carryOut(
      dc,
      formRequest ? followedBy(started, formRequest) : started,
      conversation,
    );
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = storedIntakeState(dc.activeDialog?.state);
    // A state this version cannot read: the message starts a new intake rather than being lost.
    if (!state) return this.beginDialog(dc);
    const conversation = this.conversation(dc.context);
    const reply = readReply(nextQuestion(state), activity, this.replyContext(conversation));
    return this.carryOut(dc, apply(state, reply), conversation);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = storedIntakeState(instance.state);
    const question = state && nextQuestion(state);
    if (!question || question.kind === 'submit') return;
    await context.sendActivity(questionActivity(question, this.conversation(context), false));
  }

  /**
   * Says the transition's notices; creates the case while the flow asks to submit; then ends the
   * dialog with the result, or keeps the state and asks the next question.
   */
  private async carryOut(
    dc: DialogContext,
    first: Transition,
    conversation: ConversationContext,
  ): Promise<DialogTurnResult> {
    let transition = first;
    await this.tell(dc.context, transition, conversation);
    let question = nextQuestion(transition.state);
    while (!transition.ended && question.kind === 'submit') {
      const outcome = await this.submit(dc.context, transition.state, question.draft, conversation);
      transition = apply(transition.state, { kind: 'submitted', outcome });
      await this.tell(dc.context, transition, conversation);
      question = nextQuestion(transition.state);
    }
    if (transition.ended) return dc.endDialog(transition.ended satisfies IntakeResult);
    if (dc.activeDialog) dc.activeDialog.state = { intake: transition.state };
    if (transition.ask !== 'nothing' && question.kind !== 'submit') {
      const retry = transition.ask === 'retry';
      await dc.context.sendActivity(questionActivity(question, conversation, retry));
    }
    return Dialog.EndOfTurn;
  }

  private async tell(
    context: TurnContext,
    { notices }: Transition,
    conversation: ConversationContext,
  ): Promise<void> {
    const activities = notices.flatMap((notice) => noticeActivities(notice, conversation));
    for (const activity of activities) await context.sendActivity(activity);
  }

  private submit(
    context: TurnContext,
    state: IntakeState,
    draft: CompleteCaseDraft,
    conversation: ConversationContext,
  ): Promise<OutboxOutcome> {
    const { user, messages } = conversation;
    return submitDraft(this.submission, this.deps.caseTemplate, {
      key: state.draftId,
      draft,
      user: state.userName ? { ...user, name: state.userName } : user,
      language: messages.locale,
      delivery: this.deps.delivery?.(context, conversation, draft.name),
    });
  }

  private conversation(context: TurnContext): ConversationContext {
    return conversationContext(context, this.deps.defaults);
  }

  private replyContext(conversation: ConversationContext): ReplyContext {
    return { messages: conversation.messages, parse: parseContextOf(conversation, this.clock()) };
  }
}

/** The start, then at once the form asked for or submitted with the opening message. */
function followedBy(started: Transition, formRequest: Reply): Transition {
  const next = apply(started.state, formRequest);
  return { ...next, notices: [...started.notices, ...next.notices] };
}
