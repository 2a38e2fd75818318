import type { DueDateRules } from './dueDate.js';

/** Deployment-wide fallbacks for what a channel may not tell about its user, and house rules. */
export interface ConversationDefaults {
  /** IANA zone used when the channel sends no `localTimezone` or Teams `clientInfo`. */
  timeZone: string;
  /** Country used for phone numbers written without a country code. */
  phoneRegion: string;
  dueDateRules?: Partial<DueDateRules>;
}
