import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseReceipt } from '../../src/cases/caseReceipt.js';
import { caseResponseSchema } from '../../src/cases/caseResponse.js';

const vendorSample = JSON.parse(
  readFileSync(new URL('../fixtures/createCase.response.sample.json', import.meta.url), 'utf8'),
);
const requested = '2027-03-15T13:00:00.000Z';
const minimal = { _id: 'ci-1', refId: 'CS000001' };

describe('reading the createCase response', () => {
  it("accepts the vendor's documented sample verbatim", () => {
    const parsed = caseResponseSchema.parse(vendorSample);
    expect(caseReceipt(parsed, requested)).toEqual({
      caseId: 'ci-6b83ac7-8245-4e5e-ac8c-9695b531xxxx',
      refId: 'CS00xxxx',
      status: 'Open',
      assignment: { kind: 'agent', name: 'dummy' },
      dueDate: '2025-09-04T14:15:00.000Z',
    });
  });

  it('keeps unknown fields, which the template decides', () => {
    expect(caseResponseSchema.parse({ ...minimal, customField: 7 })).toMatchObject({
      customField: 7,
    });
  });

  it('reads an empty currAssignee with a queue as queued', () => {
    const parsed = caseResponseSchema.parse({
      ...minimal,
      assigneeType: 'queues',
      currAssignee: {},
      queues: [{ _id: 'qu-1', name: 'Billing' }],
    });
    expect(caseReceipt(parsed, requested).assignment).toEqual({ kind: 'queue', name: 'Billing' });
  });

  it('reads an empty currAssignee without queues as unassigned', () => {
    const parsed = caseResponseSchema.parse({
      ...minimal,
      assigneeType: 'unassigned',
      currAssignee: {},
      queues: [],
    });
    expect(caseReceipt(parsed, requested)).toEqual({
      caseId: 'ci-1',
      refId: 'CS000001',
      status: undefined,
      assignment: { kind: 'unassigned' },
      dueDate: requested,
    });
  });

  it('refuses a body without a refId', () => {
    expect(caseResponseSchema.safeParse({ _id: 'ci-1' }).success).toBe(false);
  });
});
