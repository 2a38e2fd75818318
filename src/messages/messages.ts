import type { CaseApiError } from '../caseApi/caseApiError.js';
import type { CaseField } from '../cases/caseDraft.js';
import type { CaseReceipt } from '../cases/caseReceipt.js';
import type { FieldProblems } from '../cases/fields/caseFieldSpecs.js';

/** What the catalog needs to word a field's prompt, help or problem for this user. */
export interface FieldContext {
  timeZone: string;
  phoneRegion: string;
  /** A valid number of the user's default country, written both ways. */
  phoneExample: { international: string; national: string };
}

/** Field values as the user reads them: phone and due date already formatted. */
export type DisplayedFields = Partial<Record<CaseField, string>>;

/** One way to say "change a field", and the field when the words name it without a field word. */
export interface ChangePattern {
  pattern: RegExp;
  field?: CaseField;
  /**
   * Words an answer may also hold ("the phone should be …", "make the due date Friday"): a
   * change only when what follows reads as the field; otherwise the message is read as if
   * they had not matched.
   */
  onlyWhenValueReads?: boolean;
  /**
   * Words a free-text answer may also start with ("the name should be …", "call it …"): no
   * change where the question asks for a free-text field, where they are read as its answer.
   */
  notWhereFreeTextIsAsked?: boolean;
}

/** Words that act as commands at any prompt, lower-case. */
export interface CommandWords {
  cancel: string[];
  /**
   * Words that refuse the case itself or drop it ("don't create it", "forget it", "wrong chat",
   * "no lo crees", "déjalo"): a cancel, alone and also when the message goes on to say why
   * ("nah, don't create it, I'll call the helpdesk", "forget it, its working now"). A bare
   * command word ("cancel") opens descriptions too ("Cancel, OK and Apply are greyed out").
   */
  refuseCase: string[];
  help: string[];
  tryAgain: string[];
  back: string[];
  startOver: string[];
  status: string[];
  /**
   * What may come around any of the commands above ("wait, go back", "can we start over", "what
   * have you got so far", "hasta ahora"); never one on its own.
   */
  asides: string[];
  /**
   * Chat shorthand, read as the words it stands for where commands and choices are matched ("what
   * do u have" as "what do you have", "q llevas" as "que llevas"); lower-case, without accents.
   */
  shorthand: Readonly<Record<string, string>>;
  useForm: string[];
  /** "one sec", "hold on": the person needs a moment before answering. */
  wait: string[];
  /** What may say why, after a wait ("one sec, let me find it", "un seg q lo busco"). */
  waitingFor: string[];
  edit: string[];
  yes: string[];
  no: string[];
  /** At "really cancel?", besides the no words: keep the intake going ("keep going", "sigue"). */
  keepGoing: string[];
  /** Start a case from the recent conversation. */
  escalate: string[];
  /** Thanks, said when no intake runs: answered with `closing`, not taken for a new case. */
  thanks: string[];
  /** Courtesy that may come with a choice ("yes, please"); never a choice on its own. */
  please: string[];
}

/** Labels and texts of the Adaptive Cards. */
export interface CardTexts {
  summaryTitle: string;
  confirm: string;
  edit: string;
  cancel: string;
  formTitle: string;
  formIntro: string;
  formSubmit: string;
  /** The time picker beside a date picker, and its hint. */
  formTime: string;
  formTimeHint: string;
  /** A text input's placeholder, where it has one. */
  formPlaceholders: Partial<Record<CaseField, string>>;
  /** Shown by the card itself when a required input is empty. */
  formRequired: string;
  formHasErrors: string;
  resultTitle: (refId: string) => string;
  resultStatus: string;
  resultAssignee: string;
  resultDue: string;
  notYetAssigned: string;
  queueName: (queue: string) => string;
}

/**
 * The local Web Chat page's own texts, around the chat (`web/index.html`): plain text, which the
 * page puts in place itself. Web Chat words its own controls from the same locale.
 */
export interface WebChatPageTexts {
  /** The browser tab's title. */
  title: string;
  heading: string;
  /** The form that says who you are, and the button that opens it on a narrow screen. */
  identity: string;
  name: string;
  userId: string;
  email: string;
  useThese: string;
  /** The name of a new browser's user, until changed. */
  defaultUserName: string;
  sandboxBanner: string;
  /** The chat's accessible name. */
  chat: string;
  /** In the avatars beside the bot's messages and the user's own. */
  botInitials: string;
  userInitials: string;
}

/** How people say that something already given is wrong, and what comes before a better one. */
export interface CorrectionWords {
  /**
   * Words that, with a field named, say its value is wrong or is to be changed ("the e-mail is
   * wrong", "fix the phone", "el correo está mal"): that field is edited.
   */
  wrongValue: string[];
  /**
   * What may come before a better value at the summary, cut before it is read ("no wait, 4pm",
   * "actually make it Friday", "mejor el viernes").
   */
  leads: string[];
}

/**
 * Every sentence the bot says, in one language. User-facing text lives only in catalogs. The
 * sentences are Markdown: a function given a value we did not write (what the user typed, what
 * the case system answered) takes it raw and escapes it with `escapeMarkdown`.
 */
export interface Messages {
  /** Language code sent to the case API and used to format dates and numbers. */
  locale: string;
  commands: CommandWords;
  /** Words that name each field in "change the phone to …". */
  fieldWords: Record<CaseField, string[]>;
  corrections: CorrectionWords;
  /**
   * The ways to change a field at any question, tried in order: "change the <field> to
   * <value>", "move the deadline to Monday", "actually the phone is …"; each with named groups
   * `field` and `value`, or only `value` for the field it names itself ("push it to Wednesday").
   */
  changePatterns: readonly ChangePattern[];
  /** The verb of a change, for the second of two said without it ("…, and the phone to …"). */
  changeVerb: string;
  /**
   * A question about what the bot asks, or why ("what do u mean by due date", "es obligatorio
   * el correo?"), matched in the words of a short message as `foldedWords` leaves them: help.
   */
  helpQuestion: RegExp;
  /** A question about the bot itself ("what is this bot for?"), matched as `helpQuestion` is. */
  botQuestion: RegExp;
  /**
   * A question about a case already opened ("when will someone call me?", "y ya quedó
   * creado?"), matched in the words of a short message as `foldedWords` leaves them.
   */
  followUpQuestion: RegExp;
  welcome: string;
  intakeStart: string;
  fieldLabel: Record<CaseField, string>;
  fieldPrompt: { [F in CaseField]: (context: FieldContext) => string };
  namePromptWithSuggestion: (suggestion: string) => string;
  editPrompt: (label: string, current: string) => string;
  fieldHelp: { [F in CaseField]: (context: FieldContext) => string };
  /** Why each field is asked, to "why do you need my phone?" and the like. */
  fieldPurpose: Record<CaseField, string>;
  fieldProblem: { [F in CaseField]: (problem: FieldProblems[F], context: FieldContext) => string };
  understood: string;
  noted: string;
  useFormButton: string;
  formSent: string;
  dateReadingQuestion: (reading: string) => string;
  dateReadingRejected: string;
  emailTypoQuestion: (suggestion: string) => string;
  knownEmailQuestion: (email: string) => string;
  yesNo: { yes: string; no: string };
  yesNoRetry: string;
  stuck: (label: string) => string;
  stuckChoices: { help: string; tryAgain: string; cancel: string };
  help: string;
  progress: (done: number, total: number, current: string | undefined) => string;
  statusIntro: string;
  notYet: string;
  atFirstField: string;
  startingOver: string;
  cancelQuestion: string;
  carryOn: string;
  changed: (label: string, value: string) => string;
  cards: CardTexts;
  webChatPage: WebChatPageTexts;
  summaryIntro: string;
  reviewQuestion: string;
  reviewRetry: string;
  editWhich: string;
  cancelled: string;
  caseCreated: (receipt: CaseReceipt, dueDate: string) => string;
  /** The case is safe in the outbox and will be created within about this many minutes. */
  caseQueued: (estimatedMinutes: number) => string;
  /** A queued case is taking longer than said, because of this failure; it stays queued. */
  caseDelayed: (error: CaseApiError) => string;
  /**
   * Sent once at `sentAt` (epoch ms, shown in `timeZone`); whether it was created cannot be found
   * out, so it is not resent.
   */
  caseUnconfirmed: (draftName: string, sentAt: number, timeZone: string) => string;
  submitFailed: (error: CaseApiError) => string;
  /** Said before the receipt when a search found the case an uncertain attempt created. */
  foundEarlier: string;
  retryQuestion: string;
  retryChoices: { tryAgain: string; cancel: string };
  alreadySubmitted: (refId: string) => string;
  turnError: (correlationId: string) => string;
  /** The first lines of a description made from the recent conversation. */
  escalationIntro: (count: number) => string;
  escalationNothingSeen: string;
  /** A button pressed on a card of an intake that has ended. */
  staleCard: string;
  /** To thanks, a yes or a no when no intake runs (after a case was created, say). */
  closing: string;
  /** To "one sec": no rush, the question stands. */
  waiting: string;
  /** The answer to a question about the case the conversation opened, by its reference if known. */
  caseFollowUp: (refId: string | undefined) => string;
  /** Before the question again, to a free-text answer that only asks for a case. */
  alreadyOpening: string;
  /** To "I don't have a phone": why a number is needed, and what will do. */
  phoneNeeded: (context: FieldContext) => string;
  /** A message too long to read; nothing in it was taken, the intake waits where it was. */
  messageTooLong: (length: number, limits: { message: number; description: number }) => string;
  /** In a group chat or channel, to a mention that does not ask for a case. */
  groupOffer: string;
  /** Under a message quoted into a description: who wrote it and when. */
  quotedFrom: (author: string, when: string | undefined) => string;
  messageActionTitle: string;
  messageActionPending: string;
  /** A short date and time for transcripts: "Sat 28 Nov, 14:02". */
  formatShortDateTime: (isoInstant: string, timeZone: string) => string;
  /** Formats an instant as a date and time in a zone, naming the zone. */
  formatDateTime: (isoInstant: string, timeZone: string) => string;
}
