import { type CaseField, caseFields } from '../cases/caseDraft.js';
import type { Question } from './intakeQuestion.js';

/** One answer a question offers as a button: what the flow does with it is typed, not a string. */
export type Choice = 'yes' | 'no' | 'edit' | 'cancel' | 'help' | 'tryAgain' | CaseField;

const yesNo: readonly Choice[] = ['yes', 'no'];

/** The choices a question offers, in the order they are shown; none for free answers. */
export function choicesOf(question: Question): readonly Choice[] {
  switch (question.kind) {
    case 'check':
    case 'knownEmail':
    case 'cancel':
      return yesNo;
    case 'summary':
      return ['yes', 'edit', 'cancel'];
    case 'stuck':
      return ['help', 'tryAgain', 'cancel'];
    case 'whichField':
      return caseFields;
    case 'retry':
      return ['tryAgain', 'cancel'];
    case 'field':
      // A suggested value is taken with a yes ("sure") and set aside with a no.
      return question.suggestion ? yesNo : [];
    case 'submit':
      return [];
  }
}
