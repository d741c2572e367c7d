/**
 * A form over a record other people change too (the side panel's consent, plan, location): it starts from the
 * record and follows it while the person has not touched it; once touched, a newer record no longer wipes what they
 * typed — their save names the revision they started from, and the service refuses it if someone else moved it
 * (409). After their save, or a refusal (`resetKey` changes), the form starts again from the record.
 */
import { useState } from "react";

export interface Draft<T> {
  value: T;
  dirty: boolean;
  set: (value: T) => void;
}

export function useDraft<T>(source: T, version: string, resetKey: string): Draft<T> {
  const [state, setState] = useState({ value: source, version, resetKey, dirty: false });
  const stale = state.resetKey !== resetKey || (!state.dirty && state.version !== version);
  // Derived during render (React's pattern for state that follows a prop): no effect, no flash of the old values.
  if (stale) setState({ value: source, version, resetKey, dirty: false });
  const current = stale ? { value: source, dirty: false } : state;
  return {
    value: current.value,
    dirty: current.dirty,
    set: (value: T) => setState({ value, version, resetKey, dirty: true }),
  };
}
