/** What a field is called in a question about it: "the due date", "my e-mail". */
const field =
  '(?:the |an |a |my )?(?:due date|date|deadline|email|e mail|phone(?: number)?|number|case name|name|title|description)';

/**
 * A question about what the bot asks, or why, as `foldedWords` leaves it (lower-case, no
 * apostrophes, "u" as "you"): "what do u mean by due date", "is the email required?", "why do
 * you need my phone", "what should I put here", "hold on, what do you need exactly?".
 */
export const englishHelpQuestion = new RegExp(
  [
    `what (?:do|does) you mean(?: by ${field}| by that| by this)?$`,
    `whats? (?:is |does )?${field}(?: mean| for)?(?: exactly| just an? \\S+)?$`,
    `(?:is|are|do i need|do you need|do you really need) ${field}s? (?:required|needed|mandatory|necessary|optional|compulsory)`,
    `do (?:i|you) (?:really )?(?:have to|need to|need) (?:give|provide|put|enter|type|tell)(?: you)? ${field}`,
    `why (?:do|does|would) you (?:need|want|ask(?: for)?) (?:${field}|that|this|it)$`,
    `what (?:should|do|must|can) i (?:put|type|write|enter|say|give)(?: here| there| in ${field}| for ${field}| as ${field})?$`,
    `what (?:do|does) you (?:need|want)(?: exactly| from me| here)?$`,
    `what (?:do|does) you (?:need|want) ${field} for$`,
    `what (?:format|kind of (?:date|number|email))`,
  ]
    .map((question) => String.raw`\b${question}\b`)
    .join('|'),
  'u',
);

/** A question about the bot itself ("what is this bot for?", "who are you?"): the general help. */
export const englishBotQuestion =
  /\b(?:(?:what is|whats) this(?: bot| thing| chat)?(?: for)?|what (?:do|can) you do|who are you|what are you)$/u;
