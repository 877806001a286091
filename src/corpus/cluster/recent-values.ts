/**
 * The most recently used values, at most `capacity` of them (a Map keeps insertion order, so the first
 * key is the least recently used). The in-memory index keeps its records packed and unpacks them on
 * demand; this keeps the unpacked form of the few thousand articles and stories a batch keeps reading.
 */
export class RecentValues<V> {
  private readonly values = new Map<string, V>();

  /** `evict` receives each value pushed out, to keep it in another (packed) form. */
  constructor(
    private readonly capacity: number,
    private readonly evict: (key: string, value: V) => void = () => {},
  ) {}

  get(key: string): V | undefined {
    const value = this.values.get(key);
    if (value !== undefined) {
      this.values.delete(key);
      this.values.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.values.delete(key);
    this.values.set(key, value);
    if (this.values.size <= this.capacity) return;
    const [oldest, old] = this.values.entries().next().value!;
    this.values.delete(oldest);
    this.evict(oldest, old);
  }

  delete(key: string): void {
    this.values.delete(key);
  }
}
