import type { CaseRequest } from './caseRequest.js';
import type { CaseResponse } from './caseResponse.js';

/**
 * Whether a case found by a search is the one a request asked for: the same name, the same due
 * date and description where the case shows them, and the same person. The person is the chat
 * user's id whenever the case carries one; only a case without a user id is matched by e-mail,
 * so two people sharing a mailbox never take each other's case for their own. A case that says
 * nothing of its person is not taken: reporting someone else's case as created would lose this
 * one, while one left unmatched stays uncertain and is never sent again blindly.
 */
export function isCaseFor(found: CaseResponse, request: CaseRequest): boolean {
  return (
    sameText(found.name, request.name) &&
    samePerson(found, request) &&
    (found.ETA === undefined || Date.parse(found.ETA) === Date.parse(request.dueDate)) &&
    (typeof found.desc !== 'string' || sameText(found.desc, request.desc))
  );
}

function samePerson(found: CaseResponse, request: CaseRequest): boolean {
  const userId = found.userInfo?._id;
  if (userId) return userId === request.userInfo._id;
  const emailId = found.userInfo?.emailId ?? found.emailId;
  return typeof emailId === 'string' && sameText(emailId, request.emailId);
}

function sameText(found: string | undefined, requested: string): boolean {
  return found?.trim().toLowerCase() === requested.trim().toLowerCase();
}
