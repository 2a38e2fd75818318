import { type Activity, MessageFactory } from 'botbuilder';
import type { ConversationContext } from '../conversation/conversationContext.js';
import { choiceWording } from '../intake/choiceWords.js';
import { choicesOf } from '../intake/intakeChoices.js';
import type { Question } from '../intake/intakeQuestion.js';
import { choiceCard } from '../presentation/cards/choiceCard.js';
import { summaryCard } from '../presentation/cards/summaryCard.js';
import { displayedFields, fieldLines } from '../presentation/displayedFields.js';

/**
 * A question as the user sees it: its text, with its choices as a card's buttons where the
 * channel has Adaptive Cards (suggested actions may not show there, as in Teams group chats) or
 * as suggested actions; the summary as a card of its own. `retry` words it for an answer it could
 * not use. A `submit` is not asked.
 */
export function questionActivity(
  question: Exclude<Question, { kind: 'submit' }>,
  conversation: ConversationContext,
  retry: boolean,
): Partial<Activity> {
  const { messages, timeZone, fieldContext } = conversation;
  const yesNo = (text: string) =>
    withChoices(question, retry ? `${messages.yesNoRetry} ${text}` : text, conversation);
  switch (question.kind) {
    case 'check': {
      const { check, value } = question.pending;
      return yesNo(
        check.kind === 'email_typo'
          ? messages.emailTypoQuestion(check.suggestion)
          : messages.dateReadingQuestion(messages.formatDateTime(value, check.zone ?? timeZone)),
      );
    }
    case 'knownEmail':
      return yesNo(messages.knownEmailQuestion(question.email));
    case 'cancel':
      return yesNo(messages.cancelQuestion);
    case 'field': {
      const { field, suggestion, current, offerForm } = question;
      const shown =
        current === undefined
          ? undefined
          : displayedFields({ [field]: current }, messages, timeZone)[field];
      const text =
        shown !== undefined
          ? messages.editPrompt(messages.fieldLabel[field], shown)
          : field === 'name' && suggestion
            ? messages.namePromptWithSuggestion(suggestion)
            : messages.fieldPrompt[field](fieldContext);
      const buttons = [
        ...(suggestion ? [suggestion] : []),
        ...(offerForm ? [messages.useFormButton] : []),
      ];
      return buttons.length > 0
        ? MessageFactory.suggestedActions(buttons, text)
        : MessageFactory.text(text);
    }
    case 'summary': {
      const fields = displayedFields(question.draft, messages, timeZone);
      if (conversation.cards)
        return retry
          ? MessageFactory.text(messages.reviewRetry)
          : MessageFactory.attachment(summaryCard(fields, messages));
      const text = retry
        ? messages.reviewRetry
        : `${messages.summaryIntro}\n\n${fieldLines(fields, messages)}\n\n${messages.reviewQuestion}`;
      return withButtons(question, text, conversation);
    }
    case 'stuck':
      return withChoices(
        question,
        messages.stuck(messages.fieldLabel[question.field]),
        conversation,
      );
    case 'whichField':
      return withChoices(question, messages.editWhich, conversation);
    case 'retry':
      return withChoices(question, messages.retryQuestion, conversation);
  }
}

function labelled(question: Question, conversation: ConversationContext) {
  return choicesOf(question).map((action) => ({
    action,
    label: choiceWording(action, question, conversation.messages).label,
  }));
}

function withChoices(
  question: Question,
  text: string,
  conversation: ConversationContext,
): Partial<Activity> {
  return conversation.cards
    ? MessageFactory.attachment(choiceCard(text, labelled(question, conversation)))
    : withButtons(question, text, conversation);
}

function withButtons(
  question: Question,
  text: string,
  conversation: ConversationContext,
): Partial<Activity> {
  const labels = labelled(question, conversation).map((choice) => choice.label);
  return MessageFactory.suggestedActions(labels, text);
}
