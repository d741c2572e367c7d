/**
 * Named counts that add up name by name: the monthly activity aggregates are sums of their encounters' counters
 * (activityContribution.ts). A count that falls to zero is dropped, so equal counts are equal bags and an
 * empty bag counts nothing.
 */
export type Counters = Record<string, number>;

/** `base` plus `more` times `sign` (a new bag). */
export function addCounters(base: Counters, more: Counters, sign: 1 | -1 = 1): Counters {
  const sum: Counters = { ...base };
  for (const [name, n] of Object.entries(more)) sum[name] = (sum[name] ?? 0) + sign * n;
  return Object.fromEntries(Object.entries(sum).filter(([, n]) => n !== 0));
}

/** What turns `before` into `after`. */
export function countersDelta(after: Counters, before: Counters): Counters {
  return addCounters(after, before, -1);
}

export function isEmptyCounters(c: Counters): boolean {
  return Object.keys(c).length === 0;
}

export function sameCounters(a: Counters, b: Counters): boolean {
  return isEmptyCounters(countersDelta(a, b));
}
