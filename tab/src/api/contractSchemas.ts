/**
 * The API contract's schemas the client checks answers with (the people map, the error body). They bring zod,
 * ≈ 25 KB gzip, an eighth of the tab's first download, yet are needed only once an answer is in: the client
 * fetches this chunk beside its first request rather than before the first paint (issue 14).
 */
export const contractSchemas = () => import("@shared/contract/common.js");

export type ContractSchemas = Awaited<ReturnType<typeof contractSchemas>>;
