import { type Activity, MessageFactory } from 'botbuilder';
import { caseFields } from '../cases/caseDraft.js';
import type { FieldReadings } from '../cases/messageUnderstanding.js';
import type { ConversationContext } from '../conversation/conversationContext.js';
import type { Notice } from '../intake/intakeNotice.js';
import { caseFormCard, formValuesOf } from '../presentation/cards/caseFormCard.js';
import { displayedFields, fieldLines } from '../presentation/displayedFields.js';
import { fieldProblemText } from '../presentation/fieldProblemText.js';
import { formErrors } from '../presentation/formErrors.js';
import { submissionText } from '../presentation/submissionText.js';

/** What a notice says, in the user's language: texts, and the form card where there is one. */
export function noticeActivities(
  notice: Notice,
  conversation: ConversationContext,
): (string | Partial<Activity>)[] {
  const { messages, timeZone, fieldContext } = conversation;
  switch (notice.kind) {
    case 'intakeStart':
      return [messages.intakeStart];
    case 'understood':
      return [`${messages.understood}\n\n${readingLines(notice.readings, conversation)}`];
    case 'noted':
      return [`${messages.noted}\n\n${readingLines(notice.readings, conversation)}`];
    case 'refused':
      return [
        fieldProblemText(notice.refusal.field, notice.refusal.problem, messages, fieldContext),
      ];
    case 'dateReadingRejected':
      return [messages.dateReadingRejected];
    case 'help': {
      const { field, done } = notice;
      const label = field && messages.fieldLabel[field];
      return [
        messages.help,
        [
          messages.progress(done, caseFields.length, label),
          ...(field ? [messages.fieldHelp[field](fieldContext)] : []),
        ].join(' '),
      ];
    }
    case 'fieldHelp':
      return [messages.fieldHelp[notice.field](fieldContext)];
    case 'aboutField':
      return [
        `${messages.fieldPurpose[notice.field]} ${messages.fieldHelp[notice.field](fieldContext)}`,
      ];
    case 'status': {
      const fields = displayedFields(notice.draft, messages, timeZone);
      return [`${messages.statusIntro}\n\n${fieldLines(fields, messages, messages.notYet)}`];
    }
    case 'atFirstField':
      return [messages.atFirstField];
    case 'startingOver':
      return [messages.startingOver];
    case 'waiting':
      return [messages.waiting];
    case 'formOffered': {
      const values = formValuesOf(notice.draft, timeZone);
      return [messages.formSent, MessageFactory.attachment(caseFormCard({ values }, messages))];
    }
    case 'formRefused': {
      const errors = formErrors(notice.problems, messages, fieldContext);
      return [MessageFactory.attachment(caseFormCard({ values: notice.values, errors }, messages))];
    }
    case 'changed': {
      const { field, value } = notice;
      const shown = displayedFields({ [field]: value }, messages, timeZone)[field] ?? value;
      return [messages.changed(messages.fieldLabel[field], shown)];
    }
    case 'alreadyOpening':
      return [messages.alreadyOpening];
    case 'phoneNeeded':
      return [messages.phoneNeeded(fieldContext)];
    case 'cancelled':
      return [messages.cancelled];
    case 'carryOn':
      return [messages.carryOn];
    case 'submission':
      return [submissionText(notice.outcome, notice.draftName, conversation)];
  }
}

function readingLines(readings: FieldReadings, conversation: ConversationContext): string {
  const values = Object.fromEntries(
    Object.entries(readings).map(([field, reading]) => [field, reading.value]),
  );
  const { messages, timeZone } = conversation;
  return fieldLines(displayedFields(values, messages, timeZone), messages);
}
