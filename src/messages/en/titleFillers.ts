import type { TitleFillers } from '../languageData.js';

/** English openers and determiners left out of a suggested case name: "Hi, my printer…". */
export const englishTitleFillers: TitleFillers = {
  openers: ['hi', 'hello', 'hey', 'so', 'well', 'ok', 'okay', 'please'],
  determiners: ['my', 'our', 'the'],
  namingCues: ['call it', 'titled', 'name it', 'call the case'],
  namingLabels: ['title', 'subject', 'case name', 'name'],
  quotedAfter: ['new case', 'new ticket', 'case', 'ticket'],
  dangling: [
    'the',
    ...['a', 'an', 'my', 'our', 'your', 'this', 'that', 'its', "it's"],
    ...['of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'into', 'about'],
    ...['and', 'or', 'but', 'so', 'is', 'are', 'was', 'when', 'if', 'because'],
    ...['does', 'do', 'did', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should'],
  ],
  preamble: [
    String.raw`(?:hi+|hel+o+|hey+|hiya|howdy|yo|g'?day|howzit|kia ora|goeie (?:middag|more|môre|dag)|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|dear (?:team|sir|madam|all|support))(?: there| all| team| guys| folks| everyone)?`,
    String.raw`how'?s it going|how are you|hope (?:you'?re|you are) (?:well|good)|all good|quick (?:one|question)|howya|ok so|ok|okay|alright|well|anyway|right`,
    String.raw`sorry(?: (?:for )?(?:my|the) (?:english|typos|spelling|long message))?(?: english)?(?: not good)?|my english (?:is )?not (?:so |very )?good`,
    String.raw`(?:ok so )?this is (?:going to be|gonna be) a long one(?:,? sorry)?`,
    String.raw`(?:please )?do the needful|can help|(?:please,? )?i need (?:some )?(?:assistance|help|support)|need (?:some )?(?:assistance|help)`,
    String.raw`(?:escalating|raising this|logging this|writing) (?:for|on behalf of) (?:a|an|our|the|my) (?:customer|client|user|colleague)(?: [\p{L}\p{N}'&. -]{1,40})?`,
    String.raw`on behalf of (?:a|an|our|the|my) (?:customer|client|user|colleague)(?: [\p{L}\p{N}'&. -]{1,40})?`,
    String.raw`(?:a|our|the) (?:customer|client|user) (?:rang|called|phoned|rang in|called in|reported|says|emailed)`,
    String.raw`(?:customer|client|user|site|store|branch|location):\s*[^,;:.!?()\n]{1,40}`,
    String.raw`(?:(?:tech|technician|engineer|i'?m|i am|we'?re|we are) )?(?:on ?site|on-site) (?:at|in|en) [^,;:.!?()\n]{1,40}`,
    String.raw`(?:it'?s|this is) \p{L}+ (?:from|at|in) [^,;:.!?()\n]{1,40}`,
    String.raw`need a (?:ticket|case) (?:raising|raised|opened|logging|logged)(?: for me)?`,
    String.raw`i'?m (?:\p{L}+ )?(?:from|at|in) (?:the )?[^,;:.!?()\n]{1,40}`,
  ],
  leadIns: [
    String.raw`(?:i would like to|i'?d like to|i want to|i wanted to|just wanted to|just to) (?:report|let you know|inform you|say|flag|raise)(?: that)?`,
    String.raw`i(?:'?m| am) writing (?:because|as|to (?:report|say|let you know|flag)(?: that)?)`,
    String.raw`just (?:fyi|letting you know)(?: that)?|fyi,?|please,?|kindly`,
  ],
};
