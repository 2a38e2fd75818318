import type { SandboxCaseInput } from './sandboxCase.js';

/** A checked createCase body, or the first thing wrong with it as the API would word it. */
export type SandboxCheck = { ok: true; input: SandboxCaseInput } | { ok: false; problem: string };

const requiredText = ['caseTmp', 'name', 'desc', 'emailId', 'phoneNumber', 'dueDate', 'source'];
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * Checks a createCase request the way the sandbox's real counterpart is documented to: JSON,
 * every documented field present, a known template, a well-formed e-mail and due date. Written
 * independently of the bot's own schema so that the tests compare two readings of the contract.
 */
export function checkSandboxRequest(
  contentType: string | undefined,
  text: string,
  templates: Record<string, string>,
): SandboxCheck {
  if (!contentType?.toLowerCase().startsWith('application/json')) {
    return { ok: false, problem: 'Content-Type must be application/json' };
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'Request body is not valid JSON' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, problem: 'Request body must be a JSON object' };
  }
  const missing = requiredText.find((key) => typeof body[key] !== 'string' || body[key] === '');
  if (missing) return { ok: false, problem: `${missing} is required` };
  const user = body.userInfo as { _id?: unknown } | undefined;
  if (typeof user?._id !== 'string' || user._id === '')
    return { ok: false, problem: 'userInfo._id is required' };
  if (!(String(body.caseTmp) in templates)) return { ok: false, problem: 'Invalid case template' };
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(body.emailId)))
    return { ok: false, problem: 'Invalid emailId' };
  if (!isoInstant.test(String(body.dueDate)) || Number.isNaN(Date.parse(String(body.dueDate)))) {
    return { ok: false, problem: 'Invalid dueDate' };
  }
  return { ok: true, input: body as unknown as SandboxCaseInput };
}
