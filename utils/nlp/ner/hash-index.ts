/**
 * Open-addressing map from 32-bit hashes to dense row numbers, backed by one typed array: a JS Map of
 * millions of features costs several times the memory and is slower to probe. Each slot holds its
 * key and row side by side, so a probe touches one cache line, not two.
 */
export class HashIndex {
  /** Slot s: key at 2s, row + 1 at 2s + 1 (0 marks an empty slot). */
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    const count = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.slots = new Uint32Array(count * 2);
    this.mask = count - 1;
  }

  static from(keys: Uint32Array): HashIndex {
    const index = new HashIndex(keys.length);
    for (let i = 0; i < keys.length; i++) {
      if (index.insert(keys[i]) !== i) throw new Error('duplicate key: rows would no longer match their data');
    }
    return index;
  }

  get(key: number): number {
    const slots = this.slots;
    let slot = ((key ^ (key >>> 16)) & this.mask) << 1;
    while (slots[slot + 1] !== 0) {
      if (slots[slot] === key) return slots[slot + 1] - 1;
      slot = (slot + 2) & ((this.mask << 1) | 1);
    }
    return -1;
  }

  /** The keys in row order: the inverse of the map. */
  keysByRow(): Uint32Array {
    const keys = new Uint32Array(this.size);
    for (let slot = 0; slot < this.slots.length; slot += 2) {
      if (this.slots[slot + 1] !== 0) keys[this.slots[slot + 1] - 1] = this.slots[slot];
    }
    return keys;
  }

  /** Row of the key, added with the next free row number if absent. */
  insert(key: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const row = this.get(key);
    if (row >= 0) return row;
    this.place(key, this.size);
    return this.size++;
  }

  private place(key: number, row: number): void {
    let slot = ((key ^ (key >>> 16)) & this.mask) << 1;
    while (this.slots[slot + 1] !== 0) slot = (slot + 2) & ((this.mask << 1) | 1);
    this.slots[slot] = key;
    this.slots[slot + 1] = row + 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let slot = 0; slot < old.length; slot += 2) {
      if (old[slot + 1] !== 0) this.place(old[slot], old[slot + 1] - 1);
    }
  }
}
