import { createHash } from 'node:crypto';
import type {
  Attachment,
  MessagingExtensionAction,
  MessagingExtensionActionResponse,
  TurnContext,
} from 'botbuilder';
import { convert } from 'html-to-text';
import { type CaseFormValues, readCaseForm } from '../cases/caseForm.js';
import type { CaseReceipt } from '../cases/caseReceipt.js';
import type { CaseUser } from '../cases/caseRequest.js';
import { suggestCaseName } from '../cases/messageUnderstanding.js';
import {
  type ConversationContext,
  type ConversationDefaults,
  conversationContext,
  parseContextOf,
} from '../conversation/conversationContext.js';
import type { Logger } from '../logging/logger.js';
import { caseFormCard } from '../presentation/cards/caseFormCard.js';
import { caseResultCard } from '../presentation/cards/caseResultCard.js';
import { formErrors } from '../presentation/formErrors.js';
import type { CaseSubmitter } from '../submission/caseOutbox.js';
import { submitDraft } from '../submission/draftSubmission.js';
import { deliveryFor } from './outcomeDelivery.js';
import { teamsMemberContact } from './teamsMemberContact.js';

/** The message extension's action command, as the Teams manifest declares it. */
export const createCaseCommandId = 'createCase';

/** What the "Create case" message action needs. */
export interface MessageActionDependencies {
  caseTemplate: string;
  defaults: ConversationDefaults;
  /**
   * The outbox the chat intake uses too (one record per draft for both). It must answer within
   * Teams' invoke time (about 5 s): with the result, or "queued" and the result posted later.
   */
  submission: CaseSubmitter;
  clock: () => Date;
  logger?: Logger;
}

const taskSize = { height: 'large', width: 'medium' } as const;

/**
 * "Create case" on a Teams message: opens the case form pre-filled from the message, validates a
 * submit like the chat intake, creates the case once, and answers with a result card. When the
 * case is queued (the API slow or busy), it answers at once and the outbox posts the result card
 * to the conversation when it comes; a re-sent submit joins the same draft.
 */
export class CreateCaseMessageAction {
  constructor(private readonly deps: MessageActionDependencies) {}

  /** `composeExtension/fetchTask`: the form, pre-filled from the selected message. */
  async fetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    const conversation = this.conversation(context);
    const payload = action.messagePayload;
    const author = await teamsMemberContact(context, payload?.from?.user?.id, this.deps.logger);
    const values = prefillFromMessage(action, author.email, conversation);
    return this.form(conversation, { values });
  }

  /** `composeExtension/submitAction`: create the case, or show the form again with what to fix. */
  async submitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    const conversation = this.conversation(context);
    const { messages, fieldContext } = conversation;
    const values = (action.data ?? {}) as CaseFormValues;
    const form = readCaseForm(values, parseContextOf(conversation, this.deps.clock()));
    if (!form.ok)
      return this.form(conversation, {
        values,
        errors: formErrors(form.problems, messages, fieldContext),
      });

    const outcome = await submitDraft(this.deps.submission, this.deps.caseTemplate, {
      key: submissionKey(context, action, values),
      draft: form.draft,
      user: caseUserOf(action, conversation),
      language: messages.locale,
      delivery: deliveryFor(context, conversation, form.draft.name, 'card'),
    });
    if (outcome.ok) {
      const card = resultCard(outcome.receipt, form.draft, conversation);
      return {
        composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [card] },
      };
    }
    // Queued: Teams waits about 5 s for an invoke, so answer now; the outbox posts the result.
    if (outcome.kind === 'queued') {
      return { task: { type: 'message', value: messages.messageActionPending } };
    }
    if (outcome.kind === 'unconfirmed') {
      const { sentAt } = outcome;
      const said = messages.caseUnconfirmed(form.draft.name, sentAt, conversation.timeZone);
      return { task: { type: 'message', value: said } };
    }
    return this.form(conversation, { values, notice: messages.submitFailed(outcome.error) });
  }

  private form(
    conversation: ConversationContext,
    content: Parameters<typeof caseFormCard>[0],
  ): MessagingExtensionActionResponse {
    return {
      task: {
        type: 'continue',
        value: {
          title: conversation.messages.messageActionTitle,
          ...taskSize,
          card: caseFormCard(content, conversation.messages),
        },
      },
    };
  }

  private conversation(context: TurnContext): ConversationContext {
    return conversationContext(context, this.deps.defaults);
  }
}

/** The form values a message suggests: its text (HTML stripped, with author and time), a name. */
function prefillFromMessage(
  action: MessagingExtensionAction,
  authorEmail: string | undefined,
  conversation: ConversationContext,
): CaseFormValues {
  const payload = action.messagePayload;
  const body = payload?.body?.content ?? '';
  const text = (payload?.body?.contentType === 'html' ? htmlToText(body) : body).trim();
  const author = payload?.from?.user?.displayName ?? payload?.from?.application?.displayName;
  const when = payload?.createdDateTime
    ? conversation.messages.formatShortDateTime(payload.createdDateTime, conversation.timeZone)
    : undefined;
  const byline = author ? conversation.messages.quotedFrom(author, when) : undefined;
  return {
    name: suggestCaseName(text.split('\n')[0] ?? ''),
    description: [text, byline].filter(Boolean).join('\n\n') || undefined,
    email: authorEmail,
  };
}

function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
    ],
  });
}

/**
 * The person the case is for: the author of the escalated message (the customer) when Teams
 * names them, else the agent who escalated it.
 */
function caseUserOf(action: MessagingExtensionAction, conversation: ConversationContext): CaseUser {
  const author = action.messagePayload?.from?.user;
  // In a message payload the user id is the AAD object id.
  const id = author?.id;
  return id ? { _id: id, name: author?.displayName ?? '' } : conversation.user;
}

/** One submit of one form on one message by one person: the same key when Teams sends it again. */
function submissionKey(
  context: TurnContext,
  action: MessagingExtensionAction,
  values: CaseFormValues,
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        context.activity.conversation?.id,
        action.messagePayload?.id,
        context.activity.from?.id,
        values,
      ]),
    )
    .digest('hex');
}

/** The card that reports a created case, in the conversation's language and zone. */
function resultCard(
  receipt: CaseReceipt,
  draft: { name: string },
  conversation: ConversationContext,
): Attachment {
  return caseResultCard(receipt, draft.name, conversation.messages, conversation.timeZone);
}
