/**
 * How scheduling a job wakes the scheduler loop of this process: the queue rings (jobQueue.ts), the loop waits
 * for its poll interval or the ring, whichever comes first (jobScheduler.ts). Both are given the same signal by
 * the composition root; other instances find the job at their next poll.
 */
export interface WakeSignal {
  /** Wakes the waiting loop now, or makes its next wait return at once. */
  ring: () => void;
  /** Resolves after `ms`, or as soon as the signal rings (at once if it rang since the last wait). */
  wait: (ms: number) => Promise<void>;
}

export function createWakeSignal(): WakeSignal {
  let rung = false;
  const waiters = new Set<() => void>();
  return {
    ring: () => {
      if (waiters.size === 0) rung = true;
      for (const wakeUp of [...waiters]) wakeUp();
    },
    wait: (ms) => {
      if (rung) {
        rung = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const wakeUp = () => {
          clearTimeout(timer);
          waiters.delete(wakeUp);
          resolve();
        };
        const timer = setTimeout(wakeUp, ms);
        waiters.add(wakeUp);
      });
    },
  };
}
