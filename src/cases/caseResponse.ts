import { z } from 'zod';

const namedRef = z.looseObject({ _id: z.string().optional(), name: z.string().optional() });

const agentAssignee = z.looseObject({
  aId: z.string().optional(),
  agentId: z.string().optional(),
  name: z.string().optional(),
});

const queueRef = z.union([
  z.string(),
  z.looseObject({
    _id: z.string().optional(),
    id: z.string().optional(),
    name: z.string().optional(),
  }),
]);

/**
 * The createCase response: the fields the bot relies on, typed; everything else allowed, since
 * the case template decides much of the shape. `currAssignee` can be `{}` when unassigned.
 */
export const caseResponseSchema = z.looseObject({
  _id: z.string().min(1),
  refId: z.string().min(1),
  status: z.looseObject({ name: z.string(), statusCategory: z.string().optional() }).optional(),
  priority: namedRef.optional(),
  assigneeType: z.string().optional(),
  currAssignee: agentAssignee.nullish(),
  queues: z.array(queueRef).optional(),
  ETA: z.string().optional(),
  createdAt: z.string().optional(),
  name: z.string().optional(),
  userInfo: z
    .looseObject({ _id: z.string().optional(), emailId: z.string().optional() })
    .optional(),
});

/** A parsed createCase response. */
export type CaseResponse = z.infer<typeof caseResponseSchema>;

/** A getCases page: the cases found, and the paging the API reports. */
export const caseSearchResponseSchema = z.looseObject({
  results: z.array(caseResponseSchema),
  page: z.number().optional(),
  limit: z.number().optional(),
  hasMore: z.boolean().optional(),
  totalPages: z.number().optional(),
  totalResults: z.number().optional(),
});
