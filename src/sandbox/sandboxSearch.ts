/** A getCases page as the sandbox answers it. */
export interface SandboxSearchPage {
  results: Record<string, unknown>[];
  page: number;
  limit: number;
  hasMore: boolean;
  totalPages: number;
  totalResults: number;
}

const maxLimit = 100;

/** An instant given as epoch milliseconds or an ISO string, or undefined. */
function instantOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value !== '') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}

/**
 * The sandbox's getCases: `searchText` in the name or description (case-insensitive),
 * `startDate`/`endDate` around the creation time, paged by `page` and `limit`, newest first.
 */
export function searchCases(cases: Record<string, unknown>[], body: unknown): SandboxSearchPage {
  const filters = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >;
  const text = typeof filters.searchText === 'string' ? filters.searchText.toLowerCase() : '';
  const from = instantOf(filters.startDate) ?? Number.NEGATIVE_INFINITY;
  const until = instantOf(filters.endDate) ?? Number.POSITIVE_INFINITY;
  const limit = Math.min(maxLimit, Math.max(1, Number(filters.limit) || 20));
  const page = Math.max(1, Number(filters.page) || 1);
  const matching = cases
    .filter((found) => {
      const created = Date.parse(String(found.createdAt));
      const haystack = `${found.name ?? ''} ${found.desc ?? ''}`.toLowerCase();
      return created >= from && created <= until && haystack.includes(text);
    })
    .reverse();
  return {
    results: matching.slice((page - 1) * limit, page * limit),
    page,
    limit,
    hasMore: page * limit < matching.length,
    totalPages: Math.max(1, Math.ceil(matching.length / limit)),
    totalResults: matching.length,
  };
}
