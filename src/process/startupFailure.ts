import { ConfigError } from '../config/config.js';

/**
 * Why the bot could not start, as its operator needs to read it: one line (one per bad variable
 * for a configuration error), never a stack trace. The stack of a start-up failure points into
 * Node's or restify's internals and hides the one thing to fix.
 */
export function startupFailureMessage(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const { code, port } = (error ?? {}) as { code?: unknown; port?: unknown };
  if (code === 'EADDRINUSE')
    return `cannot listen on port ${port}: it is already in use; set PORT to another port`;
  if (code === 'EACCES')
    return `cannot listen on port ${port}: permission denied; set PORT to a port above 1023`;
  return `cannot start the bot: ${firstLine(error)}`;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0] ?? '';
}
