import { scrubPersonalData } from './scrubPersonalData.js';

/**
 * What a log line may hold of an error that is a bug of ours: its name, message and stack, to
 * find it, with e-mail addresses and numbers scrubbed from the message (a message can quote what
 * someone typed). Not its other fields (a request, a draft); a thrown non-error only by type.
 */
export function errorDetails(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const message = scrubPersonalData(error.message);
    return { name: error.name, message, stack: error.stack?.replace(error.message, message) };
  }
  return { name: 'NonError', type: typeof error };
}
