import type { CaseResponse } from './caseResponse.js';

/** Who a new case went to, as the user is told. */
export type CaseAssignment =
  | { kind: 'agent'; name: string }
  | { kind: 'queue'; name: string }
  | { kind: 'unassigned' };

/** What the user is told about a case that was created. */
export interface CaseReceipt {
  caseId: string;
  refId: string;
  status?: string;
  assignment: CaseAssignment;
  /** The due date the case carries (the API's ETA), else the one requested. ISO instant. */
  dueDate: string;
}

/** Condenses a createCase response into what the user needs to know. */
export function caseReceipt(response: CaseResponse, requestedDueDate: string): CaseReceipt {
  return {
    caseId: response._id,
    refId: response.refId,
    status: response.status?.name,
    assignment: assignmentOf(response),
    dueDate: response.ETA ?? requestedDueDate,
  };
}

function assignmentOf(response: CaseResponse): CaseAssignment {
  const agentName = response.currAssignee?.name?.trim();
  if (agentName) return { kind: 'agent', name: agentName };
  const queue = response.queues?.[0];
  const queueName = typeof queue === 'string' ? queue : (queue?.name ?? queue?._id ?? queue?.id);
  if (queueName) return { kind: 'queue', name: queueName };
  return { kind: 'unassigned' };
}
