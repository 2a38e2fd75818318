import type { Logger } from '../../src/logging/logger.js';

/** One line a recording logger received. */
export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  details: Record<string, unknown>;
  message: string;
}

/** A logger that keeps what it is told, for tests that check what was (and was not) logged. */
export function recordingLogger(entries: LogEntry[] = []): Logger & { entries: LogEntry[] } {
  const at = (level: LogEntry['level']) => (details: Record<string, unknown>, message: string) =>
    entries.push({ level, details, message });
  return {
    entries,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: () => recordingLogger(entries),
  };
}
