import type { Messages } from './messages.js';

const dateParts = (isoInstant: string, timeZone: string) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
      .formatToParts(new Date(isoInstant))
      .map((part) => [part.type, part.value]),
  );

/** English. */
export const english: Messages = {
  locale: 'en',
  commands: {
    cancel: ['cancel', 'stop', 'quit', 'never mind', 'nevermind', 'abort'],
    help: ['help', '?', 'what do you need', 'what do i do'],
    tryAgain: ['try again', 'retry', 'again', 'resubmit'],
  },
  welcome:
    'Hi! I can open a support case for you. Tell me what the problem is, or just say "new case". You can say "cancel" at any time.',
  intakeStart:
    "Let's open a support case. I need five things: a name, a description, your e-mail, your phone number and a due date.",
  fieldLabel: {
    name: 'Name',
    description: 'Description',
    email: 'E-mail',
    phone: 'Phone',
    dueDate: 'Due date',
  },
  fieldPrompt: {
    name: () =>
      'What should the case be called? A short title is best, e.g. "Printer on floor 3 jams".',
    description: () => 'Please describe the problem: what happened, and what you expected.',
    email: () => 'Which e-mail address can we reach you at?',
    phone: () => 'And a phone number where we can call you?',
    dueDate: ({ timeZone }) =>
      `When does this need to be resolved? For example "tomorrow 5pm" or "March 15, 2027 at 2pm" (your time zone: ${timeZone}).`,
  },
  fieldHelp: {
    name: () =>
      'The name is a short title for the case, up to 150 characters, e.g. "VPN drops every hour".',
    description: () =>
      'The description tells the support team what is wrong: what you did, what happened and what you expected. Up to 4000 characters.',
    email: () => 'Type one e-mail address, like name@example.com.',
    phone: ({ phoneRegion }) =>
      `Type a phone number with its country code, like +44 20 7946 0018, or a ${phoneRegion} number without it, like (415) 555-0100 for US.`,
    dueDate: ({ timeZone }) =>
      `Type a date and time in the future, like "tomorrow 5pm", "next Friday" or "March 15, 2027 at 2pm". A date alone means 17:00 that day. Times are read in ${timeZone}.`,
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
        malformed:
          'That does not look like a valid e-mail address. Please type one like name@example.com.',
      })[problem],
    phone: (problem, { phoneRegion }) =>
      ({
        empty: 'I need a phone number. Please type one, like +44 20 7946 0018.',
        not_a_number: 'That is not a phone number. Please type digits, like +44 20 7946 0018.',
        too_short: 'That number is too short. Please include the area code, like +44 20 7946 0018.',
        too_long: 'That number has too many digits. Please check it and type it again.',
        unknown_country: `I can't tell which country that number is in. Please start it with + and the country code, like +44 20 7946 0018 (numbers without one are read as ${phoneRegion}).`,
        invalid: `That number doesn't exist in its numbering plan. Please check it; a number without a country code is read as ${phoneRegion}.`,
      })[problem],
    dueDate: (problem, { timeZone }) =>
      ({
        not_a_date:
          'I could not read a date in that. Try "tomorrow 5pm", "next Friday" or "March 15, 2027 at 2pm".',
        in_the_past: `That time has already passed in your time zone (${timeZone}). Please give a time in the future.`,
        too_far:
          'That is more than a year away. Please choose a due date within the next 12 months.',
      })[problem],
  },
  stuck: (field) =>
    `We seem to be stuck on the ${field === 'dueDate' ? 'due date' : field === 'email' ? 'e-mail' : field}. What would you like to do?`,
  stuckChoices: { help: 'Show me an example', tryAgain: 'Try again', cancel: 'Cancel the case' },
  help: 'I am collecting what the support team needs for your case: a name, a description, your e-mail, your phone number and a due date. Answer each question, or say "cancel" to stop; nothing is created until you confirm.',
  summaryIntro: 'Here is your case:',
  summary: (lines) =>
    [
      `• Name: ${lines.name}`,
      `• Description: ${lines.description}`,
      `• E-mail: ${lines.email}`,
      `• Phone: ${lines.phone}`,
      `• Due: ${lines.dueDate}`,
    ].join('\n'),
  confirmQuestion: 'Shall I create it?',
  confirmRetry: 'Please answer yes or no: shall I create the case?',
  notConfirmed: 'OK, I have not created anything. Say "new case" whenever you want to start again.',
  cancelled: 'Cancelled. Nothing was created.',
  caseCreated: (receipt, dueDate) => {
    const state = receipt.status ? `is ${receipt.status.toLowerCase()}` : 'was created';
    const assignment =
      receipt.assignment.kind === 'agent'
        ? `and assigned to ${receipt.assignment.name}`
        : receipt.assignment.kind === 'queue'
          ? `and waiting in the ${receipt.assignment.name} queue for the next agent`
          : 'and not yet assigned to anyone';
    return `Your case ${receipt.refId} ${state} ${assignment}. Due ${dueDate}.`;
  },
  submitFailed: (error) => {
    switch (error.kind) {
      case 'rejected':
        return `The case system refused the case${error.message ? `: "${error.message}"` : ''}. Nothing was created.`;
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
  retryQuestion: 'Your answers are kept. Say "try again" to resubmit them, or "cancel".',
  retryChoices: { tryAgain: 'Try again', cancel: 'Cancel' },
  keptForLater: 'Your answers are kept for this conversation. Say "try again" to submit them.',
  alreadySubmitted: (refId) =>
    `This case was already created as ${refId}; I have not created it again.`,
  turnError: (correlationId) =>
    `Sorry, something went wrong on my side (reference ${correlationId}). Your answers so far are kept; please send your last message again.`,
  formatDateTime: (isoInstant, timeZone) => {
    const p = dateParts(isoInstant, timeZone);
    return `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} (${timeZone})`;
  },
};
