import { type Activity, MessageFactory, type TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import type { CaseField } from '../cases/caseDraft.js';
import { type FieldReadings, readAnswer } from '../cases/messageUnderstanding.js';
import type { Messages } from '../messages/messages.js';
import {
  type ConversationContext,
  type ConversationDefaults,
  conversationContext,
  parseContextOf,
} from './conversationContext.js';

/** Misses on one field before the prompt stops re-asking and offers help or cancel instead. */
const maxFieldAttempts = 3;

/** What an answer prompt ends with: what the message gave, or that the user is stuck. */
export type AnswerOutcome = { kind: 'answered'; readings: FieldReadings } | { kind: 'stuck' };

type Recognized = AnswerOutcome | { kind: 'refused'; reason: string };

/** How an answer prompt is started: the field, and what to show with the question. */
export interface AnswerPromptOptions extends PromptOptions {
  validations: {
    field: CaseField;
    /** A suggested value, offered as a button (the case name drawn from the description). */
    suggestion?: string;
    /** The current value, shown when the user is changing a filled field. */
    current?: string;
    /** Offer the one-shot form as a button. */
    offerForm?: boolean;
  };
}

/**
 * Asks for one case field and reads the answer once per turn with the domain's `readAnswer`,
 * which also takes any other field the message carries. A refused answer gets the reason; the
 * third miss ends the prompt with `stuck`, so the caller can offer help or cancel.
 */
export class AnswerPrompt extends Prompt<Recognized> {
  constructor(
    dialogId: string,
    private readonly defaults: ConversationDefaults,
    private readonly clock: () => Date,
  ) {
    super(dialogId, async (prompt) => {
      const outcome = prompt.recognized.succeeded ? prompt.recognized.value : undefined;
      if (outcome?.kind === 'answered') return true;
      if (prompt.attemptCount >= maxFieldAttempts) {
        prompt.recognized.value = { kind: 'stuck' };
        return true;
      }
      if (outcome?.kind === 'refused') await prompt.context.sendActivity(outcome.reason);
      return false;
    });
  }

  /** The field a running instance of this prompt asks for. */
  static fieldOf(options: unknown): CaseField | undefined {
    return (options as Partial<AnswerPromptOptions> | undefined)?.validations?.field;
  }

  protected override async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<void> {
    const asked = (options as Partial<AnswerPromptOptions>).validations;
    if (!asked) return;
    const { messages, fieldContext } = conversationContext(context, this.defaults);
    const text = questionText(asked, messages, fieldContext);
    const buttons = [
      ...(asked.suggestion ? [asked.suggestion] : []),
      ...(asked.offerForm ? [messages.useFormButton] : []),
    ];
    await context.sendActivity(
      buttons.length > 0
        ? (MessageFactory.suggestedActions(buttons, text) as Partial<Activity>)
        : text,
    );
  }

  protected override async onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<Recognized>> {
    const field = AnswerPrompt.fieldOf(options);
    const { text, value } = context.activity;
    // A card button pressed with no text is not an answer (some channels send text: '').
    if (!field || typeof text !== 'string' || (value !== undefined && text.trim() === ''))
      return { succeeded: false };
    return {
      succeeded: true,
      value: this.read(field, text, conversationContext(context, this.defaults)),
    };
  }

  private read<F extends CaseField>(
    field: F,
    text: string,
    conversation: ConversationContext,
  ): Recognized {
    const { answer, extras } = readAnswer(field, text, parseContextOf(conversation, this.clock()));
    if (answer.ok) return { kind: 'answered', readings: { ...extras, [field]: answer.value } };
    if (Object.keys(extras).length > 0) return { kind: 'answered', readings: extras };
    const describe: Messages['fieldProblem'][F] = conversation.messages.fieldProblem[field];
    return { kind: 'refused', reason: describe(answer.problem, conversation.fieldContext) };
  }
}

function questionText(
  asked: AnswerPromptOptions['validations'],
  messages: Messages,
  fieldContext: ConversationContext['fieldContext'],
): string {
  if (asked.current !== undefined)
    return messages.editPrompt(messages.fieldLabel[asked.field], asked.current);
  if (asked.field === 'name' && asked.suggestion)
    return messages.namePromptWithSuggestion(asked.suggestion);
  return messages.fieldPrompt[asked.field](fieldContext);
}
