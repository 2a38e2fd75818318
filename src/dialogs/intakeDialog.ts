import { MessageFactory, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { CaseApi } from '../caseApi/caseApiClient.js';
import {
  type CaseDraft,
  type CaseField,
  caseFields,
  isCompleteDraft,
  nextMissingField,
} from '../cases/caseDraft.js';
import { readCaseForm } from '../cases/caseForm.js';
import type { CaseReceipt } from '../cases/caseReceipt.js';
import { buildCaseRequest } from '../cases/caseRequest.js';
import {
  type FieldReadings,
  readAnswer,
  readOpeningMessage,
} from '../cases/messageUnderstanding.js';
import type { Messages } from '../messages/messages.js';
import { createMemoryRecordStore } from '../storage/memoryRecordStore.js';
import type { CaseSubmitter, Delivery } from '../submission/caseOutbox.js';
import { createCaseSubmission, submissionTimingsFor } from '../submission/caseSubmission.js';
import { type ActionChoice, ActionPrompt, type ActionPromptOptions } from './actionPrompt.js';
import { type AnswerOutcome, AnswerPrompt, type AnswerPromptOptions } from './answerPrompt.js';
import { caseFormCard, formValuesOf } from './cards/caseFormCard.js';
import { summaryCard } from './cards/summaryCard.js';
import {
  type ConversationContext,
  type ConversationDefaults,
  conversationContext,
  parseContextOf,
} from './conversationContext.js';
import { displayedFields, fieldLines } from './displayedFields.js';
import {
  type DraftState,
  newDraftState,
  type PendingCheck,
  withCheckSettled,
  withReadings,
} from './draftState.js';
import { formErrors } from './formErrors.js';
import { type IntakeCommand, recognizeCommand } from './intakeCommands.js';

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
   * client, with its records in this process's memory; the bot gives its durable outbox.
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

/** How the intake ended; the dialog's result. */
export type IntakeResult =
  | { status: 'created'; receipt: CaseReceipt }
  /** In the outbox: it will be created when the case system allows, and the person told. */
  | { status: 'queued' }
  /** Sent, but neither confirmed nor to be sent again: the person was told to ask support. */
  | { status: 'unconfirmed' }
  | { status: 'cancelled' };

const dialogs = {
  collect: 'collectFields',
  review: 'reviewCase',
  submit: 'submitCase',
  cancel: 'confirmCancel',
  answer: 'answerPrompt',
  action: 'actionPrompt',
} as const;

/** What the collect waterfall asked in this pass, for the step that takes the reply. */
type Asked =
  | { kind: 'check'; check: PendingCheck }
  | { kind: 'knownEmail' }
  | { kind: 'field'; field: CaseField };

/**
 * The case intake. It reads what people write, several fields at a time; confirms readings that
 * could be wrong; shows a summary (an Adaptive Card where the channel has them) with Submit, Edit
 * and Cancel; creates the case and reports its refId and assignee. At any prompt people can ask
 * for help, go back, start over, see what they entered, change a field, switch to a form, or
 * cancel. A failed submission keeps the answers, so "try again" resubmits them.
 */
export class IntakeDialog extends ComponentDialog {
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
    this.addDialog(new AnswerPrompt(dialogs.answer, deps.defaults, this.clock))
      .addDialog(new ActionPrompt(dialogs.action))
      .addDialog(
        new WaterfallDialog<DraftState>(dialogs.collect, [
          (step) => this.askNext(step),
          (step) => this.takeReply(step),
          (step) => this.afterStuck(step),
        ]),
      )
      .addDialog(
        new WaterfallDialog<DraftState>(dialogs.review, [
          (step) => this.showSummary(step),
          (step) => this.afterReview(step),
          (step) => this.afterEditChoice(step),
        ]),
      )
      .addDialog(
        new WaterfallDialog<DraftState>(dialogs.submit, [
          (step) => this.submit(step),
          (step) => this.afterFailure(step),
        ]),
      )
      .addDialog(
        new WaterfallDialog(dialogs.cancel, [
          (step) => this.askCancel(step),
          (step) => this.afterCancelQuestion(step),
        ]),
      );
    this.initialDialogId = dialogs.collect;
  }

  protected override async onBeginDialog(
    innerDc: DialogContext,
    options?: IntakeOptions,
  ): Promise<DialogTurnResult> {
    const conversation = this.conversation(innerDc);
    const { messages } = conversation;
    const { text } = innerDc.context.activity;
    // A form asked for or submitted before the intake ran (a card from an earlier case) is
    // carried out, not read as a description.
    const command = recognizeCommand(innerDc.context.activity, messages);
    const opensWithForm = command?.kind === 'useForm' || command?.kind === 'formSubmit';
    const opening =
      options?.readOpeningMessage !== false && typeof text === 'string' && !opensWithForm
        ? readOpeningMessage(text, parseContextOf(conversation, this.clock()))
        : {};
    const state = withReadings(
      newDraftState({
        draft: options?.draft,
        knownEmail: options?.knownEmail ?? conversation.knownEmail,
        userName: options?.userName,
      }),
      opening,
    );
    await innerDc.context.sendActivity(messages.intakeStart);
    if (Object.keys(opening).length > 0) {
      await innerDc.context.sendActivity(
        `${messages.understood}\n\n${this.readingLines(opening, conversation)}`,
      );
    }
    const started = await innerDc.beginDialog(dialogs.collect, state);
    return command && opensWithForm ? this.obey(command, innerDc, state, conversation) : started;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const conversation = this.conversation(innerDc);
    const command = recognizeCommand(innerDc.context.activity, conversation.messages);
    const state = innerDc.stack.length > 0 ? this.stateOf(innerDc) : undefined;
    const askingToCancel = innerDc.stack.some((instance) => instance.id === dialogs.cancel);
    if (!command || !state || askingToCancel) return super.onContinueDialog(innerDc);
    return this.obey(command, innerDc, state, conversation);
  }

  protected override endComponent(
    outerDc: DialogContext,
    result: unknown,
  ): Promise<DialogTurnResult> {
    return super.endComponent(outerDc, result ?? ({ status: 'cancelled' } satisfies IntakeResult));
  }

  private async obey(
    command: IntakeCommand,
    innerDc: DialogContext,
    state: DraftState,
    conversation: ConversationContext,
  ): Promise<DialogTurnResult> {
    const { messages, timeZone } = conversation;
    const say = (text: string) => innerDc.context.sendActivity(text);
    const current = AnswerPrompt.fieldOf(innerDc.activeDialog?.state.options);
    switch (command.kind) {
      case 'cancel':
        if (Object.keys(state.draft).length > 0 || state.checks.length > 0)
          return innerDc.beginDialog(dialogs.cancel);
        await say(messages.cancelled);
        return innerDc.cancelAllDialogs();
      case 'help': {
        const done = caseFields.filter((field) => state.draft[field] !== undefined).length;
        await say(messages.help);
        await say(
          [
            messages.progress(done, caseFields.length, current && messages.fieldLabel[current]),
            ...(current ? [messages.fieldHelp[current](conversation.fieldContext)] : []),
          ].join(' '),
        );
        return this.reprompt(innerDc);
      }
      case 'status':
        await say(
          `${messages.statusIntro}\n\n${fieldLines(displayedFields(state.draft, messages, timeZone), messages, messages.notYet)}`,
        );
        return this.reprompt(innerDc);
      case 'back': {
        const previous =
          caseFields[(current ? caseFields.indexOf(current) : caseFields.length) - 1];
        if (!previous) {
          await say(messages.atFirstField);
          return this.reprompt(innerDc);
        }
        return this.restart(innerDc, { ...state, editing: previous, checks: [] });
      }
      case 'startOver':
        await say(messages.startingOver);
        return this.restart(
          innerDc,
          newDraftState({ knownEmail: state.knownEmail, userName: state.userName }),
        );
      case 'useForm':
        await say(messages.formSent);
        await innerDc.context.sendActivity(
          MessageFactory.attachment(
            caseFormCard({ values: formValuesOf(state.draft, timeZone) }, messages),
          ),
        );
        return Dialog.EndOfTurn;
      case 'formSubmit':
        return this.takeForm(command.values, innerDc, state, conversation);
      case 'change':
        return this.change(command.field, command.text, innerDc, state, conversation);
    }
  }

  private async takeForm(
    values: Parameters<typeof readCaseForm>[0],
    innerDc: DialogContext,
    state: DraftState,
    conversation: ConversationContext,
  ): Promise<DialogTurnResult> {
    const { messages, fieldContext } = conversation;
    const form = readCaseForm(values, parseContextOf(conversation, this.clock()));
    if (form.ok)
      return this.restart(innerDc, { ...state, draft: form.draft, checks: [], editing: undefined });
    const errors = formErrors(form.problems, messages, fieldContext);
    await innerDc.context.sendActivity(
      MessageFactory.attachment(caseFormCard({ values, errors }, messages)),
    );
    return Dialog.EndOfTurn;
  }

  private async change<F extends CaseField>(
    field: F,
    text: string,
    innerDc: DialogContext,
    state: DraftState,
    conversation: ConversationContext,
  ): Promise<DialogTurnResult> {
    const { messages, fieldContext, timeZone } = conversation;
    const { answer, extras } = readAnswer(field, text, parseContextOf(conversation, this.clock()));
    if (!answer.ok) {
      const describe: Messages['fieldProblem'][F] = messages.fieldProblem[field];
      await innerDc.context.sendActivity(describe(answer.problem, fieldContext));
      return this.reprompt(innerDc);
    }
    const changed = withReadings(state, { ...extras, [field]: answer.value });
    const shown = displayedFields(changed.draft, messages, timeZone)[field];
    if (shown !== undefined && !answer.value.check) {
      await innerDc.context.sendActivity(messages.changed(messages.fieldLabel[field], shown));
    }
    return this.restart(innerDc, changed);
  }

  private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  private async restart(innerDc: DialogContext, state: DraftState): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(dialogs.collect, state);
  }

  /** The draft state, held as the options of whichever waterfall is at the bottom of the stack. */
  private stateOf(innerDc: DialogContext): DraftState {
    return innerDc.stack[0]?.state.options as DraftState;
  }

  private conversation(dc: DialogContext): ConversationContext {
    return conversationContext(dc.context, this.deps.defaults);
  }

  private readingLines(readings: FieldReadings, conversation: ConversationContext): string {
    const values = Object.fromEntries(
      Object.entries(readings).map(([field, reading]) => [field, reading.value]),
    );
    return fieldLines(
      displayedFields(values, conversation.messages, conversation.timeZone),
      conversation.messages,
    );
  }

  private yesNo(messages: Messages): ActionChoice[] {
    return [
      { action: 'yes', label: messages.yesNo.yes, words: messages.commands.yes },
      { action: 'no', label: messages.yesNo.no, words: messages.commands.no },
    ];
  }

  // --- collect: ask for what is missing, confirm what could be misread ---------------------

  private async askNext(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const state = step.options;
    const conversation = this.conversation(step);
    const { messages, timeZone } = conversation;
    const [check] = state.checks;
    if (check) {
      this.remember(step, { kind: 'check', check });
      const question =
        check.check.kind === 'email_typo'
          ? messages.emailTypoQuestion(check.check.suggestion)
          : messages.dateReadingQuestion(messages.formatDateTime(check.value, timeZone));
      return this.askYesNo(step, question, conversation);
    }
    const field = state.editing ?? nextMissingField(state.draft);
    if (!field) return step.replaceDialog(dialogs.review, state);
    if (field === 'email' && state.knownEmail && !state.editing) {
      this.remember(step, { kind: 'knownEmail' });
      return this.askYesNo(step, messages.knownEmailQuestion(state.knownEmail), conversation);
    }
    this.remember(step, { kind: 'field', field });
    const options: AnswerPromptOptions = {
      validations: {
        field,
        suggestion: field === 'name' ? state.nameSuggestion : undefined,
        current: state.editing
          ? displayedFields(state.draft, messages, timeZone)[field]
          : undefined,
        offerForm: field === 'name' && !state.editing,
      },
    };
    return step.prompt(dialogs.answer, options);
  }

  private async takeReply(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const state = step.options;
    const asked = (step.values as { asked: Asked }).asked;
    const conversation = this.conversation(step);
    const { messages } = conversation;
    if (asked.kind === 'check') {
      const accepted = step.result === 'yes';
      if (!accepted && asked.check.check.kind === 'date_reading')
        await step.context.sendActivity(messages.dateReadingRejected);
      return step.replaceDialog(dialogs.collect, withCheckSettled(state, accepted));
    }
    if (asked.kind === 'knownEmail') {
      const draft =
        step.result === 'yes' ? { ...state.draft, email: state.knownEmail } : state.draft;
      return step.replaceDialog(dialogs.collect, { ...state, draft, knownEmail: undefined });
    }
    const outcome = step.result as AnswerOutcome;
    if (outcome.kind === 'answered') {
      const { [asked.field]: _answer, ...extras } = outcome.readings;
      if (Object.keys(extras).length > 0) {
        await step.context.sendActivity(
          `${messages.noted}\n\n${this.readingLines(extras, conversation)}`,
        );
      }
      return step.replaceDialog(dialogs.collect, withReadings(state, outcome.readings));
    }
    const choices = messages.stuckChoices;
    return this.askChoice(step, conversation, messages.stuck(messages.fieldLabel[asked.field]), [
      { action: 'help', label: choices.help, words: messages.commands.help },
      { action: 'tryAgain', label: choices.tryAgain, words: messages.commands.tryAgain },
      { action: 'cancel', label: choices.cancel, words: [] },
    ]);
  }

  private async afterStuck(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const { messages, fieldContext } = this.conversation(step);
    const asked = (step.values as { asked: Asked }).asked;
    if (step.result === 'cancel') {
      await step.context.sendActivity(messages.cancelled);
      return step.endDialog({ status: 'cancelled' } satisfies IntakeResult);
    }
    if (step.result === 'help' && asked.kind === 'field') {
      await step.context.sendActivity(messages.fieldHelp[asked.field](fieldContext));
    }
    return step.replaceDialog(dialogs.collect, step.options);
  }

  private remember(step: WaterfallStepContext<DraftState>, asked: Asked): void {
    (step.values as { asked: Asked }).asked = asked;
  }

  private askYesNo(
    step: WaterfallStepContext,
    question: string,
    conversation: ConversationContext,
  ): Promise<DialogTurnResult> {
    const retry = `${conversation.messages.yesNoRetry} ${question}`;
    return this.askChoice(step, conversation, question, this.yesNo(conversation.messages), retry);
  }

  /** Asks to pick one of a few actions, as a card's buttons where the channel has cards. */
  private askChoice(
    step: WaterfallStepContext,
    conversation: ConversationContext,
    prompt: string,
    choices: ActionChoice[],
    retryPrompt?: string,
  ): Promise<DialogTurnResult> {
    const options: ActionPromptOptions = {
      prompt,
      retryPrompt,
      validations: { choices, show: conversation.cards ? 'card' : 'buttons' },
    };
    return step.prompt(dialogs.action, options);
  }

  // --- review: summary, then submit, edit or cancel ------------------------------------------

  private async showSummary(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const conversation = this.conversation(step);
    const { messages, timeZone } = conversation;
    const fields = displayedFields(step.options.draft, messages, timeZone);
    const choices: ActionChoice[] = [
      { action: 'yes', label: messages.cards.confirm, words: messages.commands.yes },
      {
        action: 'edit',
        label: messages.cards.edit,
        words: [...messages.commands.edit, ...messages.commands.no],
      },
      { action: 'cancel', label: messages.cards.cancel, words: [] },
    ];
    const options: ActionPromptOptions = conversation.cards
      ? {
          prompt: MessageFactory.attachment(summaryCard(fields, messages)),
          retryPrompt: messages.reviewRetry,
          validations: { choices, show: 'none' },
        }
      : {
          prompt: `${messages.summaryIntro}\n\n${fieldLines(fields, messages)}\n\n${messages.reviewQuestion}`,
          retryPrompt: messages.reviewRetry,
          validations: { choices, show: 'buttons' },
        };
    return step.prompt(dialogs.action, options);
  }

  private async afterReview(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    if (step.result === 'yes') return step.replaceDialog(dialogs.submit, step.options);
    const conversation = this.conversation(step);
    const { messages } = conversation;
    const fields = caseFields.map((field) => ({
      action: field,
      label: messages.fieldLabel[field],
      words: messages.fieldWords[field],
    }));
    return this.askChoice(step, conversation, messages.editWhich, fields);
  }

  private async afterEditChoice(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    return step.replaceDialog(dialogs.collect, {
      ...step.options,
      editing: step.result as CaseField,
    });
  }

  // --- submit: create the case once, keep the draft when it fails ----------------------------

  private async submit(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const { draft, draftId } = step.options;
    const conversation = this.conversation(step);
    const { messages, user, timeZone } = conversation;
    if (!isCompleteDraft(draft)) return step.replaceDialog(dialogs.collect, step.options);
    const person = step.options.userName ? { ...user, name: step.options.userName } : user;
    const request = buildCaseRequest(draft, person, this.deps.caseTemplate);
    const outcome = await this.submission.submit(
      draftId,
      request,
      messages.locale,
      this.deps.delivery?.(step.context, conversation, draft.name),
    );
    if (!outcome.ok && outcome.kind === 'queued') {
      await step.context.sendActivity(messages.caseQueued(outcome.estimatedMinutes));
      return step.endDialog({ status: 'queued' } satisfies IntakeResult);
    }
    if (outcome.ok) {
      const { receipt } = outcome;
      const created = messages.caseCreated(
        receipt,
        messages.formatDateTime(receipt.dueDate, timeZone),
      );
      await step.context.sendActivity(
        outcome.repeated
          ? messages.alreadySubmitted(receipt.refId)
          : outcome.kind === 'found'
            ? `${messages.foundEarlier} ${created}`
            : created,
      );
      return step.endDialog({ status: 'created', receipt } satisfies IntakeResult);
    }
    if (outcome.kind === 'unconfirmed') {
      await step.context.sendActivity(
        messages.caseUnconfirmed(draft.name, outcome.sentAt, timeZone),
      );
      return step.endDialog({ status: 'unconfirmed' } satisfies IntakeResult);
    }
    await step.context.sendActivity(messages.submitFailed(outcome.error));
    const { tryAgain, cancel } = messages.retryChoices;
    const choices = [
      { action: 'tryAgain', label: tryAgain, words: messages.commands.tryAgain },
      { action: 'cancel', label: cancel, words: [] },
    ];
    return this.askChoice(
      step,
      conversation,
      messages.retryQuestion,
      choices,
      messages.retryQuestion,
    );
  }

  private async afterFailure(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    if (step.result === 'tryAgain') return step.replaceDialog(dialogs.submit, step.options);
    await step.context.sendActivity(this.conversation(step).messages.cancelled);
    return step.endDialog({ status: 'cancelled' } satisfies IntakeResult);
  }

  // --- cancel, confirmed when there is something to lose -------------------------------------

  private async askCancel(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const conversation = this.conversation(step);
    return this.askYesNo(step, conversation.messages.cancelQuestion, conversation);
  }

  private async afterCancelQuestion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { messages } = this.conversation(step);
    if (step.result === 'yes') {
      await step.context.sendActivity(messages.cancelled);
      return step.cancelAllDialogs();
    }
    await step.context.sendActivity(messages.carryOn);
    return step.endDialog();
  }
}
