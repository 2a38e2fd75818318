/** Words that say how a thing is, so "it's broken" is no one's name. */
const notAName = `(?:not|broken|down|dead|stuck|slow|frozen|gone|back|fixed|working|weird|strange|urgent|bad|wrong|fine|ok|okay|off|out|over|done|again|still|happening|useless|annoying|ridiculous)`;

/** Who is writing, said after or instead of a greeting: "it's Dave", "this is Ana". */
const introduction = String.raw`(?:it'?s|it is|this is)\s+(?!${notAName}(?![\p{L}'-]))\p{L}[\p{L}'-]*(?![\p{L}'-])`;

/**
 * Small talk that comes with a greeting: "how are you?", "hows it going", "hope youre well",
 * "quick one", "busy day here".
 */
const smallTalk =
  "(?:how are (?:you|u|ya)(?: doing| today)?|how'?s it going|how is it going|how'?s things|how are things|hope (?:you'?re|you are|ur|u r|you r) (?:well|good|ok|doing well)|(?:are )?(?:you|u|anyone) there|quick (?:one|question|q)|busy day(?: here| today)?)";

/**
 * Greetings, each perhaps with who it is said to, small talk and who is writing: "hi", "hey
 * there", "hello sir", "good morning", "g'day", "afternoon", "hey how's it going", "hi its dave",
 * "this is Ana".
 */
const greeting = String.raw`(?:(?:(?:hi+|hel+o+|hey+|hiya|heya|howdy|howya|yo|sup|g'?day|kia ora|morning|afternoon|evening|good (?:morning|afternoon|evening|day|am|pm)|dear (?:sir|madam|team|all|support))(?: there| all| team| mate| guys| folks| everyone| sir| madam| ma'?am| sir/ma'?am| po)?(?: po)?|${smallTalk}|${introduction})[\s,!.?]*)`;

/** Words that only lead into what follows: "actually", "oh", "ok so". */
const filler = String.raw`(?:(?:actually|also|and|so|ok|okay|oh|um|well|sorry|right)(?!\p{L})[\s,]*)`;

/** What may lead into a request: "I would like to", "can you", "pls". */
const leadIn = String.raw`(?:(?:i(?:'d| would)? like to|i want to|i wanna|i need to|need to|i'd like|i have to|i must|can you|could you|can u|could u|would you|can i|could i|please|pls|plz|kindly|let's|lets|help me|can help me|can you help me|pls help me)\s+)`;

/** Verbs that open a case: "open", "raise", "log", "put in". */
const opening = '(?:open|create|start|raise|log|file|submit|make|report|lodge|put in)';

/** A case in other words: "ticket", "issue", "call". */
const caseWord = '(?:case|ticket|request|issue|problem|fault|incident|bug|complaint|call)';

/** "a", "a new", "another", "a support" before the case word. */
const determiner = String.raw`(?:a\s+|an\s+|an?\s+new\s+|new\s+|another\s+)?(?:support\s+)?`;

/** Courtesy and urgency after a request, or alone: "please", "thanks a lot", "cheers", "ASAP". */
const courtesy = String.raw`(?:[\s,]*(?:please|pls|plz|thanks(?: a lot| so much)?|thx|thank you(?: so much)?|cheers|ta|asap|urgent|urgently|right away|po))*`;

/** "I need a ticket", "need case", "need a ticket raising": a case asked for with "need" or "want". */
const needCase = String.raw`(?:i\s+)?(?:need|want)\s+(?:(?:a|an(?:other)?)\s+)?(?:new\s+)?(?:support\s+)?(?:case|ticket)(?:\s+(?:opened|opening|raised|raising|logged|logging|created|filed|made))?`;

/** What only asks for a case, or for help, without saying what the problem is. */
const request = [
  String.raw`${opening}\s+${determiner}${caseWord}(?:\s+for\s+me)?(?:\s+for\s+(?:the\s+)?(?:below|following)\s+(?:issue|problem))?`,
  needCase,
  'new (?:case|ticket)',
  String.raw`another(?:\s+(?:one|case|ticket))?`,
  String.raw`one more(?:\s+(?:case|ticket))?`,
  String.raw`(?:a\s+)?(?:case|ticket)`,
  String.raw`(?:i\s+)?need\s+(?:some\s+)?(?:urgent\s+)?help`,
  String.raw`help(?:\s+me)?(?:\s+out)?`,
  String.raw`${opening}\s+(?:it|this|that|one)(?:\s+for\s+me)?`,
].join('|');

/**
 * An English message that only greets or asks for a case: "hi", "I would like to open a case",
 * "can you create a new ticket please", "new case pls", "I need a ticket", "hi! can you help
 * me?", "Need a case opened ASAP", "another one pls", "hi its dave", "actually i need another
 * case", "cheers".
 */
export const englishIntakeRequestOnly = new RegExp(
  String.raw`^${greeting}*${filler}*${leadIn}*(?:${request})?${courtesy}[\s.!?]*$`,
  'iu',
);

/**
 * A request for a case that leads into the problem, cut from the description it starts: "I need
 * to log a call about (the printer on floor 2)", "open a ticket regarding (…)", "need a case for
 * (a software install)".
 */
export const englishIntakeRequestLead = new RegExp(
  String.raw`^${greeting}*${filler}*${leadIn}*(?:${opening}\s+${determiner}${caseWord}|${needCase})\s+(?:about|regarding|re:?|concerning|for)\s+`,
  'iu',
);
