import { randomUUID } from 'node:crypto';

/** The request fields the sandbox reads once it has checked them. */
export interface SandboxCaseInput {
  caseTmp: string;
  name: string;
  desc: string;
  userInfo: { _id: string; name?: string };
  emailId: string;
  phoneNumber: string;
  dueDate: string;
  source: string;
}

/** Who the sandbox hands new cases to. */
export interface SandboxStaff {
  agents: string[];
  queues: string[];
  /** Every n-th case goes to a queue instead of an agent; 0 means never. */
  queueEvery: number;
}

/** The sandbox's default staff: three agents, one queue, every fourth case queued. */
export const defaultSandboxStaff: SandboxStaff = {
  agents: ['Priya Raman', 'Jonas Weber', 'Ana Souza'],
  queues: ['Support Queue'],
  queueEvery: 4,
};

const id = (prefix: string) => `${prefix}-${randomUUID()}`;

/**
 * Builds the response the real API would give for case number `sequence` (1-based): the shape
 * of the vendor's sample, with fresh ids, an Open status, a Medium priority and an assignee.
 */
export function sandboxCase(
  input: SandboxCaseInput,
  sequence: number,
  context: { accountId: string; iid: string; templateName: string; staff: SandboxStaff; now: Date },
): Record<string, unknown> {
  const { staff, now } = context;
  const queued = staff.queueEvery > 0 && sequence % staff.queueEvery === 0;
  const agentNumber =
    sequence - (staff.queueEvery > 0 ? Math.floor(sequence / staff.queueEvery) : 0);
  const agentName = staff.agents[(agentNumber - 1) % staff.agents.length];
  const agent =
    agentName && !queued ? { aId: id('a'), agentId: id('u'), name: agentName } : undefined;
  const queueName = staff.queues[(sequence - 1) % Math.max(1, staff.queues.length)];
  const timestamp = now.toISOString();
  return {
    _id: id('ci'),
    caseTmp: context.templateName,
    name: input.name,
    lname: input.name.toLowerCase(),
    tags: [],
    userInfo: { _id: input.userInfo._id, name: input.userInfo.name, emailId: input.emailId },
    accountId: context.accountId,
    iId: context.iid,
    status: { _id: id('sts'), name: 'Open', statusCategory: 'open' },
    source: input.source,
    language: 'en',
    conversationType: 'CASE',
    fields: [],
    participants: agent ? [{ ...agent, pStatus: 'ACTIVE', assignedAt: timestamp }] : [],
    priority: { _id: id('pr'), name: 'Medium', color: '#16A34A', score: 10 },
    refId: `CS${String(sequence).padStart(6, '0')}`,
    assigneeType: agent ? 'agent' : queueName ? 'queues' : 'unassigned',
    currAssignee: agent ?? {},
    queues: !agent && queueName ? [{ _id: id('qu'), name: queueName }] : [],
    tasks: [],
    isActive: true,
    isBreached: false,
    createdAt: timestamp,
    updatedAt: timestamp,
    ETA: input.dueDate,
  };
}
