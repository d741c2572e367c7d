/**
 * Named counts that add up name by name: the monthly activity aggregates are sums of their encounters' counters
 * (activityContribution.ts). Sums made in place may hold zeros; `nonZero` drops them, so equal counts are equal
 * bags and an empty bag counts nothing.
 */
export type Counters = Record<string, number>;

/** Adds `more` (times `sign`) into `into`, in place: a year of aggregates adds up without copying. */
export function accumulate(into: Counters, more: Counters, sign: 1 | -1 = 1): Counters {
  for (const [name, n] of Object.entries(more)) into[name] = (into[name] ?? 0) + sign * n;
  return into;
}

export function nonZero(c: Counters): Counters {
  return Object.fromEntries(Object.entries(c).filter(([, n]) => n !== 0));
}

/** `base` plus `more` times `sign` (a new bag). */
export function addCounters(base: Counters, more: Counters, sign: 1 | -1 = 1): Counters {
  return nonZero(accumulate({ ...base }, more, sign));
}

export function isEmptyCounters(c: Counters): boolean {
  return Object.values(c).every((n) => n === 0);
}

export function sameCounters(a: Counters, b: Counters): boolean {
  return isEmptyCounters(accumulate({ ...a }, b, -1));
}
