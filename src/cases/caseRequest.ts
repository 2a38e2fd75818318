import { z } from 'zod';
import type { CompleteCaseDraft } from './caseDraft.js';
import { caseFieldSpecs, caseFields } from './fields/caseFieldSpecs.js';

/** The person a case is opened for: in this bot, the chat user. */
const caseUserSchema = z.object({
  _id: z.string().min(1),
  name: z.string(),
});

/** A person the case is opened for. */
export type CaseUser = z.infer<typeof caseUserSchema>;

/** The createCase request body, exactly as the case API expects it. */
export const caseRequestSchema = z.strictObject({
  caseTmp: z.string().min(1),
  name: z.string().min(1),
  desc: z.string().min(1),
  userInfo: caseUserSchema,
  emailId: z.email(),
  phoneNumber: z
    .string()
    .regex(/^\+[1-9]\d{6,14}(;ext=\d{1,10})?$/, 'must be E.164, optionally with ;ext='),
  dueDate: z.iso.datetime({ precision: 3 }),
  source: z.literal('rtm'),
});

/** A createCase request body. */
export type CaseRequest = z.infer<typeof caseRequestSchema>;

/** Builds the createCase body from a confirmed draft, the chat user and the deployment's template. */
export function buildCaseRequest(
  draft: CompleteCaseDraft,
  user: CaseUser,
  caseTemplate: string,
): CaseRequest {
  const fields = caseFields.map((field) => [caseFieldSpecs[field].requestKey, draft[field]]);
  return caseRequestSchema.parse({
    caseTmp: caseTemplate,
    userInfo: user,
    source: 'rtm',
    ...Object.fromEntries(fields),
  });
}
