/**
 * Per key, tasks run one after another: each starts once the one before it has settled, and a failure does not
 * stop the next. What one encounter's background work needs, so that two of its writes never race.
 */
export class KeyedChain {
  /** Per key with work under way: the last task's end, which never rejects. */
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail: Promise<void> = result
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        if (this.tails.get(key) === tail) this.tails.delete(key);
      });
    this.tails.set(key, tail);
    return result;
  }

  /** Resolves once the tasks started so far have settled. */
  async settled(): Promise<void> {
    await Promise.all(this.tails.values());
  }
}
