import { recognizeBoolean } from '@microsoft/recognizers-text-choice';
import { type Activity, type Attachment, MessageFactory, type TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { recognitionCultureFor } from '../cases/recognitionCulture.js';
import { adaptiveCard } from './cards/adaptiveCard.js';
import { normalisedText } from './normalisedText.js';

/** One thing the user can pick: by button, by card, or by typing one of its words. */
export interface ActionChoice {
  /** What the prompt ends with; also the `intakeAction` of a card button that picks it. */
  action: string;
  /** The button title. */
  label: string;
  /** Typed words that pick it, lower-case. */
  words: string[];
}

/** How an action prompt is started. */
export interface ActionPromptOptions extends PromptOptions {
  validations: {
    choices: ActionChoice[];
    /**
     * How the choices are shown: suggested-action buttons under the text (the default), a card
     * with a button per choice (channels with Adaptive Cards, where suggested actions may not
     * show, as in Teams group chats), or not at all (the prompt is a card of its own).
     */
    show?: 'buttons' | 'card' | 'none';
  };
}

/**
 * Asks the user to pick one of a few actions, and understands the answer however it comes:
 * a card's Action.Submit (`{ intakeAction }`), a suggested-action button, or typed text. The
 * actions `yes` and `no` also understand free yes/no answers ("yep", "no gracias").
 */
export class ActionPrompt extends Prompt<string> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected override async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const prompt = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (!prompt) return;
    const { choices = [], show = 'buttons' } = (options as ActionPromptOptions).validations ?? {};
    if (typeof prompt !== 'string' || show === 'none') {
      await context.sendActivity(prompt);
    } else if (show === 'card') {
      await context.sendActivity(MessageFactory.attachment(choiceCard(prompt, choices)));
    } else {
      const labels = choices.map((choice) => choice.label);
      await context.sendActivity(
        MessageFactory.suggestedActions(labels, prompt) as Partial<Activity>,
      );
    }
  }

  protected override async onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<string>> {
    const choices = (options as ActionPromptOptions).validations?.choices ?? [];
    const picked = pickedAction(context, choices);
    return picked ? { succeeded: true, value: picked } : { succeeded: false };
  }
}

/** A question with a button per choice; each submits `{ intakeAction }`. */
function choiceCard(text: string, choices: ActionChoice[]): Attachment {
  return adaptiveCard(
    [{ type: 'TextBlock', text, wrap: true }],
    choices.map((choice) => ({
      type: 'Action.Submit',
      title: choice.label,
      data: { intakeAction: choice.action },
    })),
  );
}

function pickedAction(context: TurnContext, choices: ActionChoice[]): string | undefined {
  const { value, text, locale } = context.activity;
  const submitted = (value as { intakeAction?: unknown } | undefined)?.intakeAction;
  const byCard = choices.find((choice) => choice.action === submitted);
  if (byCard) return byCard.action;
  if (typeof text !== 'string') return undefined;
  const typed = normalisedText(text);
  const byWord = choices.find(
    (choice) => choice.label.toLowerCase() === typed || choice.words.includes(typed),
  );
  if (byWord) return byWord.action;
  const actions = new Set(choices.map((choice) => choice.action));
  if (!actions.has('yes') || !actions.has('no')) return undefined;
  const verdict = recognizeBoolean(text, recognitionCultureFor(locale))[0]?.resolution?.value;
  return verdict === true ? 'yes' : verdict === false ? 'no' : undefined;
}
