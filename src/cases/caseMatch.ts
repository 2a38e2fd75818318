import type { CaseRequest } from './caseRequest.js';
import type { CaseResponse } from './caseResponse.js';

/**
 * Whether a case found by a search is the one a request asked for: same name, same person (by
 * user id or e-mail), and the same due date where the case shows one.
 */
export function isCaseFor(found: CaseResponse, request: CaseRequest): boolean {
  const sameName = found.name?.trim().toLowerCase() === request.name.trim().toLowerCase();
  const samePerson =
    found.userInfo?._id === request.userInfo._id || found.userInfo?.emailId === request.emailId;
  const sameDue = found.ETA === undefined || Date.parse(found.ETA) === Date.parse(request.dueDate);
  return sameName && samePerson && sameDue;
}
