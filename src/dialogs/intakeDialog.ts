import { randomUUID } from 'node:crypto';
import {
  type Choice,
  ChoicePrompt,
  ComponentDialog,
  ConfirmPrompt,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  ListStyle,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { CaseApi } from '../caseApi/caseApiClient.js';
import {
  type CaseDraft,
  type CaseField,
  type CompleteCaseDraft,
  isCompleteDraft,
  nextMissingField,
} from '../cases/caseDraft.js';
import { type CaseReceipt, caseReceipt } from '../cases/caseReceipt.js';
import { buildCaseRequest } from '../cases/caseRequest.js';
import { formatPhoneNumber } from '../cases/phoneNumber.js';
import { matchesCommand } from './commandMatch.js';
import { type ConversationDefaults, conversationContext } from './conversationContext.js';
import { type FieldOutcome, FieldPrompt, type FieldPromptOptions } from './fieldPrompt.js';
import { createMemorySubmissionLedger, type SubmissionLedger } from './submissionLedger.js';

/** The id the intake dialog is registered under unless told otherwise. */
export const intakeDialogId = 'caseIntake';

/** What the intake needs from its host bot. */
export interface IntakeDependencies {
  caseApi: CaseApi;
  /** The case template id (`ctm-…`) every case is created with. */
  caseTemplate: string;
  defaults: ConversationDefaults;
  /** Guards against creating one draft twice; one per process unless shared storage is given. */
  submissions?: SubmissionLedger;
  clock?: () => Date;
}

/** How a host starts the intake: optionally with fields it already knows. */
export interface IntakeOptions {
  draft?: CaseDraft;
}

/** How the intake ended; the dialog's result. */
export type IntakeResult =
  | { status: 'created'; receipt: CaseReceipt }
  | { status: 'declined' }
  | { status: 'cancelled' };

interface FieldStepValues {
  field: CaseField;
}

/** The field the collect waterfall asked for in this pass. */
function askedField(step: WaterfallStepContext<DraftState>): CaseField {
  return (step.values as FieldStepValues).field;
}

interface DraftState {
  draftId: string;
  draft: CaseDraft;
}

const dialogs = {
  collect: 'collectFields',
  review: 'reviewCase',
  submit: 'submitCase',
  field: 'fieldPrompt',
  stuck: 'stuckChoice',
  confirm: 'confirmCase',
  retry: 'retryChoice',
} as const;

/**
 * The case intake: asks for each missing field in turn, shows a summary, asks for confirmation,
 * creates the case and reports its refId and assignee. "cancel" and "help" work at any prompt.
 * A failed submission keeps the answers, so "try again" resubmits them.
 */
export class IntakeDialog extends ComponentDialog {
  private readonly submissions: SubmissionLedger;
  private readonly clock: () => Date;

  constructor(
    private readonly deps: IntakeDependencies,
    dialogId: string = intakeDialogId,
  ) {
    super(dialogId);
    this.submissions = deps.submissions ?? createMemorySubmissionLedger();
    this.clock = deps.clock ?? (() => new Date());
    this.addDialog(new FieldPrompt(dialogs.field, deps.defaults, this.clock))
      .addDialog(withButtons(new ConfirmPrompt(dialogs.confirm)))
      .addDialog(withButtons(new ChoicePrompt(dialogs.stuck)))
      .addDialog(withButtons(new ChoicePrompt(dialogs.retry)))
      .addDialog(
        new WaterfallDialog<DraftState>(dialogs.collect, [
          (step) => this.askNextField(step),
          (step) => this.takeField(step),
          (step) => this.afterStuck(step),
        ]),
      )
      .addDialog(
        new WaterfallDialog<DraftState>(dialogs.review, [
          (step) => this.showSummary(step),
          (step) => this.afterConfirmation(step),
        ]),
      )
      .addDialog(
        new WaterfallDialog<DraftState>(dialogs.submit, [
          (step) => this.submit(step),
          (step) => this.afterFailure(step),
        ]),
      );
    this.initialDialogId = dialogs.collect;
  }

  protected override async onBeginDialog(
    innerDc: DialogContext,
    options?: IntakeOptions,
  ): Promise<DialogTurnResult> {
    const { messages } = this.conversation(innerDc);
    await innerDc.context.sendActivity(messages.intakeStart);
    const state: DraftState = { draftId: randomUUID(), draft: { ...options?.draft } };
    return innerDc.beginDialog(dialogs.collect, state);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { messages, ...context } = this.conversation(innerDc);
    const text = innerDc.context.activity.text;
    if (matchesCommand(text, messages.commands.cancel)) {
      await innerDc.context.sendActivity(messages.cancelled);
      return innerDc.cancelAllDialogs();
    }
    if (matchesCommand(text, messages.commands.help)) {
      await innerDc.context.sendActivity(messages.help);
      const field = FieldPrompt.fieldOf(innerDc.activeDialog?.state.options);
      if (field) await innerDc.context.sendActivity(messages.fieldHelp[field](context));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    return super.onContinueDialog(innerDc);
  }

  private conversation(dc: DialogContext) {
    return conversationContext(dc.context, this.deps.defaults);
  }

  private async askNextField(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const field = nextMissingField(step.options.draft);
    if (!field) return step.replaceDialog(dialogs.review, step.options);
    (step.values as FieldStepValues).field = field;
    const options: FieldPromptOptions = { validations: { field } };
    return step.prompt(dialogs.field, options);
  }

  private async takeField(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const outcome = step.result as FieldOutcome;
    if (outcome.kind === 'answered') {
      const draft = { ...step.options.draft, [askedField(step)]: outcome.value };
      return step.replaceDialog(dialogs.collect, { ...step.options, draft });
    }
    const { messages } = this.conversation(step);
    const choices = messages.stuckChoices;
    return step.prompt(dialogs.stuck, {
      prompt: messages.stuck(askedField(step)),
      choices: [
        choice(choices.help, messages.commands.help),
        choice(choices.tryAgain, messages.commands.tryAgain),
        choice(choices.cancel, messages.commands.cancel),
      ],
    });
  }

  private async afterStuck(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const { messages, ...context } = this.conversation(step);
    const picked = (step.result as FoundChoice).index;
    if (picked === 2) {
      await step.context.sendActivity(messages.cancelled);
      return step.endDialog({ status: 'cancelled' } satisfies IntakeResult);
    }
    if (picked === 0)
      await step.context.sendActivity(messages.fieldHelp[askedField(step)](context));
    return step.replaceDialog(dialogs.collect, step.options);
  }

  private async showSummary(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const draft = step.options.draft as CompleteCaseDraft;
    const { messages, timeZone } = this.conversation(step);
    await step.context.sendActivity(
      `${messages.summaryIntro}\n\n${messages.summary({
        ...draft,
        phone: formatPhoneNumber(draft.phone),
        dueDate: messages.formatDateTime(draft.dueDate, timeZone),
      })}`,
    );
    return step.prompt(dialogs.confirm, {
      prompt: messages.confirmQuestion,
      retryPrompt: messages.confirmRetry,
    });
  }

  private async afterConfirmation(
    step: WaterfallStepContext<DraftState>,
  ): Promise<DialogTurnResult> {
    if (step.result === true) return step.replaceDialog(dialogs.submit, step.options);
    const { messages } = this.conversation(step);
    await step.context.sendActivity(messages.notConfirmed);
    return step.endDialog({ status: 'declined' } satisfies IntakeResult);
  }

  private async submit(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const { draft, draftId } = step.options;
    const { messages, user, timeZone } = this.conversation(step);
    if (!isCompleteDraft(draft)) return step.replaceDialog(dialogs.collect, step.options);
    const request = buildCaseRequest(draft, user, this.deps.caseTemplate);
    const { result, repeated } = await this.submissions.submit(draftId, () =>
      this.deps.caseApi.createCase(request, { language: messages.locale }),
    );
    if (result.ok) {
      const receipt = caseReceipt(result.case, draft.dueDate);
      await step.context.sendActivity(
        repeated
          ? messages.alreadySubmitted(receipt.refId)
          : messages.caseCreated(receipt, messages.formatDateTime(receipt.dueDate, timeZone)),
      );
      return step.endDialog({ status: 'created', receipt } satisfies IntakeResult);
    }
    await step.context.sendActivity(messages.submitFailed(result.error));
    return step.prompt(dialogs.retry, {
      prompt: messages.retryQuestion,
      retryPrompt: messages.retryQuestion,
      choices: [
        choice(messages.retryChoices.tryAgain, messages.commands.tryAgain),
        choice(messages.retryChoices.cancel, messages.commands.cancel),
      ],
    });
  }

  private async afterFailure(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    if ((step.result as FoundChoice).index === 0)
      return step.replaceDialog(dialogs.submit, step.options);
    const { messages } = this.conversation(step);
    await step.context.sendActivity(messages.cancelled);
    return step.endDialog({ status: 'cancelled' } satisfies IntakeResult);
  }
}

/** Shows a prompt's choices as buttons (suggested actions); typing them works too. */
function withButtons<P extends ChoicePrompt | ConfirmPrompt>(prompt: P): P {
  prompt.style = ListStyle.suggestedAction;
  return prompt;
}

function choice(label: string, synonyms: string[]): Choice {
  return { value: label, synonyms };
}
