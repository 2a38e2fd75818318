import { maxEmailAddressLength, maxEmailLocalPartLength } from '../../cases/emailAddress.js';
import { dateParts } from '../dateParts.js';
import { escapeMarkdown } from '../escapeMarkdown.js';
import type { Messages } from '../messages.js';
import { namesItselfAQueue } from '../queueName.js';
import { quotedValueEndingSentence } from '../quotedValue.js';
import { englishCommandWords } from './commandWords.js';
import { englishCorrectionWords } from './correctionWords.js';
import { englishChangePatterns, englishFieldWords } from './fieldWords.js';
import { englishFollowUpQuestion } from './followUpQuestions.js';
import { englishBotQuestion, englishHelpQuestion } from './helpQuestions.js';

const quoteExample = '"Printer on floor 3 jams"';

/** English. */
export const english: Messages = {
  locale: 'en',
  commands: englishCommandWords,
  fieldWords: englishFieldWords,
  corrections: englishCorrectionWords,
  changePatterns: englishChangePatterns,
  changeVerb: 'change',
  helpQuestion: englishHelpQuestion,
  botQuestion: englishBotQuestion,
  followUpQuestion: englishFollowUpQuestion,
  welcome:
    'Hi! I can open a support case for you. Tell me what the problem is (you can include your e-mail, phone and when it needs fixing), or just say "new case". Say "help" or "cancel" at any time.',
  intakeStart:
    "Let's open a support case. I need a name, a description, your e-mail, your phone number and a due date.",
  fieldLabel: {
    name: 'Name',
    description: 'Description',
    email: 'E-mail',
    phone: 'Phone',
    dueDate: 'Due date',
  },
  fieldPrompt: {
    name: () => `What should the case be called? A short title is best, e.g. ${quoteExample}.`,
    description: () => 'Please describe the problem: what happened, and what you expected.',
    email: () => 'Which e-mail address can we reach you at?',
    phone: () => 'And a phone number where we can call you?',
    dueDate: ({ timeZone }) =>
      `When does this need to be resolved? For example "tomorrow 5pm", "next Friday" or "March 15, 2027 at 2pm" (your time zone: ${timeZone}).`,
  },
  namePromptWithSuggestion: (suggestion) =>
    `What should the case be called? How about "${escapeMarkdown(suggestion)}"? Pick it or type your own.`,
  editPrompt: (label, current) =>
    `The ${label.toLowerCase()} is now: ${quotedValueEndingSentence(current)} What should it be instead?`,
  fieldHelp: {
    name: () =>
      'The name is a short title for the case, up to 150 characters, e.g. "VPN drops every hour".',
    description: () =>
      'The description tells the support team what is wrong: what you did, what happened and what you expected. Up to 4000 characters.',
    email: () => 'Type one e-mail address, like name@example.com.',
    phone: ({ phoneExample, phoneRegion }) =>
      `Type a phone number with its country code, like ${phoneExample.international}, or a ${phoneRegion} number without it, like ${phoneExample.national}. Add an extension with "x", like "x204".`,
    dueDate: ({ timeZone }) =>
      `Type a date and time in the future, like "tomorrow 5pm", "next Friday", "in two weeks", "EOD" or "March 15, 2027 at 2pm". A date alone means 17:00 that day. Times are read in ${timeZone}.`,
  },
  fieldPurpose: {
    name: 'The name is the short title the support team sees in their queue, so they can tell your case apart at a glance.',
    description:
      'The description tells the support team what is wrong, so they can start on it without calling you first.',
    email: 'The e-mail is where the support team writes to you about the case.',
    phone:
      'The phone number is for the support team to call you if they need more details, or to fix it with you.',
    dueDate:
      'The due date tells the support team by when it must be resolved, so they can put it in the right order.',
  },
  fieldProblem: {
    name: (problem) =>
      problem === 'empty'
        ? 'The case needs a name. Please type a short title.'
        : 'That name is longer than 150 characters. Please shorten it; the details can go in the description.',
    description: (problem) =>
      problem === 'empty'
        ? 'The description is empty. Please tell me what the problem is.'
        : 'That description is longer than 4000 characters. Please shorten it.',
    email: (problem) =>
      ({
        empty: 'I need an e-mail address. Please type one, like name@example.com.',
        missing_at:
          'That is not an e-mail address: it has no "@". Please type one like name@example.com.',
        has_spaces:
          'An e-mail address cannot contain spaces. Please type one like name@example.com.',
        missing_domain:
          'That address is missing its domain (the part after "@", like example.com). Please type it again.',
        missing_top_level_domain:
          'That address has no ending after its domain, such as .com or .es (like name@example.com). Please type it in full.',
        too_long: `That address is too long: an e-mail address can have at most ${maxEmailAddressLength} characters, and at most ${maxEmailLocalPartLength} before the "@". Please check it, or give a shorter one.`,
        non_ascii:
          'That address has letters beyond a–z (such as ü or é), which not every mail system can deliver to. Please give one written with plain letters.',
        comma_in_domain:
          'That address has a comma after the "@" where a dot belongs (name@example.com, not name@example,com). Please type it again with dots.',
        malformed:
          'That does not look like a valid e-mail address. Please type one like name@example.com.',
      })[problem],
    phone: (problem, { phoneRegion, phoneExample }) =>
      ({
        empty: `I need a phone number. Please type one, like ${phoneExample.international}.`,
        not_a_number: `That is not a phone number. Please type digits, like ${phoneExample.international}.`,
        too_short: `That number is too short. Please include the area code, like ${phoneExample.international}.`,
        too_long: `That number has too many digits. Please check it; a good one looks like ${phoneExample.international}.`,
        unknown_country: `I can't tell which country that number is in. Please start it with + and the country code, like ${phoneExample.international}.`,
        invalid: `That number doesn't exist. Please check it; a ${phoneRegion} number looks like ${phoneExample.national}, or add the country code like ${phoneExample.international}.`,
      })[problem],
    dueDate: (problem, { timeZone }) =>
      ({
        not_a_date:
          'I could not read a date in that. Try "tomorrow 5pm", "next Friday" or "March 15, 2027 at 2pm".',
        as_soon_as_possible:
          'ASAP noted. By when at the latest? For example "today 5pm" or "tomorrow 9am".',
        in_the_past: `That time has already passed in your time zone (${timeZone}). Please give a time in the future.`,
        too_far: 'That is too far away. Please choose a due date within the next 12 months.',
        ambiguous_zone: `That time zone's name stands for more than one zone (IST is India, Ireland or Israel; CST is US Central or China). Which one do you mean? Say "India", "Ireland" or the like, or give the time in your own zone (${timeZone}).`,
      })[problem],
  },
  understood: 'Here is what I understood:',
  noted: 'Noted:',
  useFormButton: 'Use a form',
  formSent: 'Here is a form with everything in one place. You can also keep typing your answers.',
  dateReadingQuestion: (reading) => `${reading}: is that right?`,
  dateReadingRejected:
    'OK. Please give the due date with a time, like "Friday 4 December at 17:00".',
  emailTypoQuestion: (suggestion) => `Did you mean ${escapeMarkdown(suggestion)}?`,
  knownEmailQuestion: (email) => `Shall I use ${escapeMarkdown(email)} as your contact e-mail?`,
  yesNo: { yes: 'Yes', no: 'No' },
  yesNoRetry: 'Please answer yes or no.',
  stuck: (label) => `We seem to be stuck on the ${label.toLowerCase()}. What would you like to do?`,
  stuckChoices: { help: 'Show me an example', tryAgain: 'Try again', cancel: 'Cancel the case' },
  help: 'I am collecting what the support team needs: a name, a description, your e-mail, your phone and a due date. You can give several at once. Say "back" for the previous question, "what have I entered?" to see your answers, "change the phone to …" to fix one, "use a form" for a form, "start over", or "cancel". Nothing is created until you confirm.',
  progress: (done, total, current) =>
    current
      ? `You have given ${done} of ${total}; now: ${current.toLowerCase()}.`
      : `You have given all ${total}.`,
  statusIntro: 'So far you have entered:',
  notYet: '(not yet)',
  atFirstField: 'This is the first question; there is nothing before it.',
  startingOver: 'Starting over: I have cleared your answers.',
  cancelQuestion: 'Cancel this case? What you have entered will be discarded.',
  carryOn: "OK, let's carry on.",
  changed: (label, value) =>
    `Changed the ${label.toLowerCase()} to ${quotedValueEndingSentence(value)}`,
  cards: {
    summaryTitle: 'Your case',
    confirm: 'Create case',
    edit: 'Edit',
    cancel: 'Cancel',
    formTitle: 'Open a support case',
    formIntro: 'Fill in every field; the due date is read in your time zone.',
    formSubmit: 'Create case',
    formTime: 'Time',
    formTimeHint: 'Leave empty for 17:00.',
    formPlaceholders: {
      name: 'A short title, e.g. Printer on floor 3 jams',
      description: 'What happened, and what you expected',
      email: 'name@example.com',
      phone: '+44 20 7946 0018',
    },
    formRequired: 'This field is required.',
    formHasErrors: 'Some fields need a fix; see the notes under them.',
    resultTitle: (refId) => `Case ${escapeMarkdown(refId)}`,
    resultStatus: 'Status',
    resultAssignee: 'Assigned to',
    resultDue: 'Due',
    notYetAssigned: 'Not yet assigned',
    queueName: (queue) =>
      namesItselfAQueue(queue) ? escapeMarkdown(queue) : `${escapeMarkdown(queue)} (queue)`,
  },
  webChatPage: {
    title: 'Case-intake bot · local Web Chat',
    heading: 'Case-intake bot',
    identity: 'Who you are in this chat',
    name: 'Name',
    userId: 'User id',
    email: 'E-mail (optional)',
    useThese: 'Use these',
    defaultUserName: 'Local tester',
    sandboxBanner:
      'Sandbox mode: cases go to the local emulator of the case API, not to a real tenant.',
    chat: 'Chat with the case-intake bot',
    botInitials: 'CB',
    userInitials: 'Me',
  },
  summaryIntro: 'Here is your case:',
  reviewQuestion: 'Shall I create it? Say "yes", "edit" to change something, or "cancel".',
  reviewRetry: 'Please say "yes" to create the case, "edit" to change something, or "cancel".',
  editWhich: 'Which one would you like to change?',
  cancelled: 'Cancelled. Nothing was created.',
  caseCreated: (receipt, dueDate) => {
    const { refId, status, assignment } = receipt;
    const state = status ? `is ${escapeMarkdown(status.toLowerCase())}` : 'was created';
    const assigned =
      assignment.kind === 'agent'
        ? `and assigned to ${escapeMarkdown(assignment.name)}`
        : assignment.kind === 'queue'
          ? `and waiting in the ${escapeMarkdown(assignment.name)}${namesItselfAQueue(assignment.name) ? '' : ' queue'} for the next agent`
          : 'and not yet assigned to anyone';
    return `Your case ${escapeMarkdown(refId)} ${state} ${assigned}. Due ${dueDate}.`;
  },
  caseQueued: (minutes) =>
    `The case system is busy, so your case is queued and safe: it will be created within about ${minutes === 1 ? 'a minute' : `${minutes} minutes`}, and I will tell you its reference here. You don't need to do anything.`,
  caseDelayed: (error) =>
    error.kind === 'auth'
      ? 'Your case is still queued: the case system is refusing my credentials, which is a problem on our side, not yours. The case is kept and will be created as soon as an administrator has fixed it; I will tell you its reference here.'
      : "Your case is taking longer than I said: the case system has not been accepting cases for a while. It is kept and will be created as soon as the system is back; I will tell you its reference here. You don't need to do anything.",
  caseUnconfirmed: (draftName, sentAt, timeZone) =>
    `I sent your case "${escapeMarkdown(draftName)}" at ${english.formatDateTime(new Date(sentAt).toISOString(), timeZone)}, but I cannot confirm that it was created: the case system holds more cases of that name from that time than I can check. So that you do not get two, I have not sent it again. Please ask support to look for it.`,
  submitFailed: (error) => {
    switch (error.kind) {
      case 'rejected':
        return 'The case system refused the case, so nothing was created. Sending it again as it is will probably be refused too; if it keeps happening, please contact support.';
      case 'auth':
        return "The case system did not accept my credentials, so nothing was created. An administrator needs to check the bot's settings.";
      case 'rate_limited':
        return `The case system is busy right now, so nothing was created. Please try again in about ${Math.max(1, Math.ceil(error.retryAfterMs / 1000))} seconds.`;
      case 'unavailable':
        return 'I could not reach the case system, so nothing was created.';
      case 'unknown_outcome':
        return 'I sent the case but got no answer, so I cannot tell whether it was created. Please check with support before trying again, or you may get two cases.';
      case 'invalid_response':
        return 'The case system answered, but I could not read its reply. The case was probably created; please check with support before trying again.';
    }
  },
  foundEarlier:
    'Your earlier attempt did go through after all, so I have not created the case again.',
  retryQuestion: 'Your answers are kept. Say "try again" to resubmit them, or "cancel".',
  retryChoices: { tryAgain: 'Try again', cancel: 'Cancel' },
  alreadySubmitted: (refId) =>
    `This case was already created as ${escapeMarkdown(refId)}; I have not created it again.`,
  turnError: (correlationId) =>
    `Sorry, something went wrong on my side (reference ${correlationId}). Your answers so far are kept; please send your last message again.`,
  escalationIntro: (count) =>
    `Escalated from the conversation (the last ${count === 1 ? 'message' : `${count} messages`} I saw):`,
  escalationNothingSeen:
    'I have not seen any messages in this conversation yet, so there is nothing to copy; please describe the problem.',
  staleCard:
    'That button belongs to a case conversation that has ended. Say "new case" to open another case.',
  closing: 'Glad to help. Say "new case" whenever you need another one.',
  waiting: "Take your time: I'm here when you're ready.",
  caseFollowUp: (refId) =>
    refId
      ? `Your case ${escapeMarkdown(refId)} is with the support team, and they will contact you by the e-mail or phone you gave. I cannot see its progress from here: quote ${escapeMarkdown(refId)} if you contact support. Say "new case" if you need another one.`
      : 'Your case is queued for the case system, and I will post its reference here as soon as it is created; the support team will contact you by the e-mail or phone you gave. Say "new case" if you need another one.',
  alreadyOpening: 'Sure, that is what we are doing.',
  phoneNeeded: ({ phoneExample }) =>
    `The support team needs a number to call you back about this case if e-mail is not enough. A desk phone, a mobile or a colleague's number will do, e.g. ${phoneExample.national}.`,
  messageTooLong: (length, limits) =>
    `That message is too long for me to read (${length.toLocaleString('en')} characters; I read up to ${limits.message.toLocaleString('en')}). Nothing in it was taken: please send a shorter one. A description can hold ${limits.description.toLocaleString('en')} characters.`,
  groupOffer:
    'I can open a support case from here: say "new case" to describe the problem, or "escalate" to make a case from the recent conversation.',
  quotedFrom: (author, when) => (when ? `(${author}, ${when})` : `(${author})`),
  messageActionTitle: 'Create a case from this message',
  messageActionPending:
    'The case system is slow to answer. I am still creating the case and will post the result in this conversation.',
  formatShortDateTime: (isoInstant, timeZone) => {
    const p = dateParts('en-GB', isoInstant, timeZone);
    return `${p.weekday} ${p.day} ${p.month}, ${p.hour}:${p.minute}`;
  },
  formatDateTime: (isoInstant, timeZone) => {
    const p = dateParts('en-GB', isoInstant, timeZone);
    return `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} (${timeZone})`;
  },
};
