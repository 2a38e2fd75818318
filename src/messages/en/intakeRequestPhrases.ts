/**
 * An English message that only greets or asks for a case: "hi", "I would like to open a case",
 * "can you create a new ticket please", "new case pls", "I need a ticket".
 */
export const englishIntakeRequestOnly =
  /^(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))(?: there)?[\s,!.]*)?(?:(?:i(?:'d| would)? like to|i want to|i need to|i'd like|i have to|i must|can you|could you|can i|could i|please|let's|lets|help me)\s+)*(?:(?:open|create|start|raise|log|file|submit|make|report|lodge|put in)\s+(?:a\s+|an\s+|an?\s+new\s+|new\s+|another\s+)?(?:support\s+)?(?:case|ticket|request|issue|problem|fault|incident|bug|complaint)(?:\s+for\s+me)?|(?:i\s+)?(?:need|want)\s+(?:a|an(?:other)?)\s+(?:new\s+)?(?:support\s+)?(?:case|ticket)(?:\s+(?:opened|raised|logged))?|new (?:case|ticket)|(?:a\s+)?(?:case|ticket)|(?:i\s+)?need\s+help|help)?(?:[\s,]*(?:please|pls|plz|thanks|thx))?[\s.!?]*$/i;
