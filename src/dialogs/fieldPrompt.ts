import type { TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import type { CaseField } from '../cases/caseDraft.js';
import { parseCaseField } from '../cases/caseFieldParser.js';
import type { Messages } from '../messages/messages.js';
import { type ConversationDefaults, conversationContext } from './conversationContext.js';

/** Misses on one field before the prompt stops re-asking and offers help or cancel instead. */
export const maxFieldAttempts = 3;

/** What a field prompt ends with: the accepted value, or that the user is stuck on it. */
export type FieldOutcome = { kind: 'answered'; value: string } | { kind: 'stuck' };

type Recognized = FieldOutcome | { kind: 'refused'; reason: string };

/** The options a field prompt is started with. */
export interface FieldPromptOptions extends PromptOptions {
  validations: { field: CaseField };
}

/**
 * Asks for one case field, reads the answer with the domain's parser, and re-prompts with the
 * reason when it is refused. After `maxFieldAttempts` misses it gives up with `stuck`, so the
 * caller can offer help or cancel rather than loop.
 */
export class FieldPrompt extends Prompt<Recognized> {
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
    return (options as Partial<FieldPromptOptions> | undefined)?.validations?.field;
  }

  protected override async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<void> {
    const field = FieldPrompt.fieldOf(options);
    if (!field) return;
    const { messages, ...fieldContext } = conversationContext(context, this.defaults);
    await context.sendActivity(messages.fieldPrompt[field](fieldContext));
  }

  protected override async onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<Recognized>> {
    const field = FieldPrompt.fieldOf(options);
    const text = context.activity.text;
    if (!field || typeof text !== 'string') return { succeeded: false };
    return { succeeded: true, value: this.read(field, text, context) };
  }

  private read<F extends CaseField>(field: F, text: string, context: TurnContext): Recognized {
    const { messages, ...fieldContext } = conversationContext(context, this.defaults);
    const parsed = parseCaseField(field, text, { ...fieldContext, now: this.clock() });
    if (parsed.ok) return { kind: 'answered', value: parsed.value };
    const describe: Messages['fieldProblem'][F] = messages.fieldProblem[field];
    return { kind: 'refused', reason: describe(parsed.problem, fieldContext) };
  }
}
