/**
 * Open-addressing map from 32-bit hashes to dense row numbers, backed by typed arrays: a JS Map of
 * millions of features costs several times the memory and is slower to probe.
 */
export class HashIndex {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    const slots = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Uint32Array(slots);
    this.rows = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
  }

  static from(keys: Uint32Array): HashIndex {
    const index = new HashIndex(keys.length);
    for (let i = 0; i < keys.length; i++) {
      if (index.insert(keys[i]) !== i) throw new Error('duplicate key: rows would no longer match their data');
    }
    return index;
  }

  get(key: number): number {
    let slot = (key ^ (key >>> 16)) & this.mask;
    while (this.rows[slot] !== -1) {
      if (this.keys[slot] === key) return this.rows[slot];
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /** The keys in row order: the inverse of the map. */
  keysByRow(): Uint32Array {
    const keys = new Uint32Array(this.size);
    for (let slot = 0; slot <= this.mask; slot++) {
      if (this.rows[slot] !== -1) keys[this.rows[slot]] = this.keys[slot];
    }
    return keys;
  }

  /** Row of the key, added with the next free row number if absent. */
  insert(key: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let slot = (key ^ (key >>> 16)) & this.mask;
    while (this.rows[slot] !== -1) {
      if (this.keys[slot] === key) return this.rows[slot];
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.rows[slot] = this.size;
    return this.size++;
  }

  private grow(): void {
    const { keys, rows } = this;
    const slots = (this.mask + 1) * 2;
    this.keys = new Uint32Array(slots);
    this.rows = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
    for (let i = 0; i < keys.length; i++) {
      if (rows[i] === -1) continue;
      let slot = (keys[i] ^ (keys[i] >>> 16)) & this.mask;
      while (this.rows[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[i];
      this.rows[slot] = rows[i];
    }
  }
}
