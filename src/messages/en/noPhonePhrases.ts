/**
 * An English message that says there is no phone: "I don't have a phone", "dont have one", "no
 * number", "none".
 */
export const englishNoPhone =
  /^(?:(?:sorry|well|um|oh)[,\s]+)?(?:(?:i\s+)?(?:do\s*n[o'’]?t|dont)\s+have\s+(?:a\s+|any\s+)?(?:phone(?:\s+number)?|telephone|mobile|cell\s*phone|cell|number|one)|i\s+have\s+no\s+(?:phone(?:\s+number)?|telephone|mobile|number)|i\s+haven'?t\s+got\s+(?:a\s+|any\s+)?(?:phone|mobile|number|one)|no\s+(?:phone(?:\s+number)?|telephone|mobile|number)|none|n\/a)(?:[,\s]+sorry)?[\s.!]*$/i;
