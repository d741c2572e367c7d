/**
 * A Map that holds at most `max` entries and forgets first the one set longest ago: what an instance keeps in mind
 * (recent reads, remembered encounters, bound cards, connector clients…) never grows with the traffic. Setting a
 * key again makes it the newest.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.max) {
      const oldest = this.keys().next();
      if (!oldest.done) super.delete(oldest.value);
    }
    return this;
  }
}
