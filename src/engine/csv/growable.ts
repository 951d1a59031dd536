/** Typed arrays that grow as rows stream in, so large files stay compact in memory. */

type TypedArray = Int32Array | Uint32Array | Uint8Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = new (length: number) => T;

export class Growable<T extends TypedArray> {
  private readonly create: TypedArrayConstructor<T>;
  private buffer: T;
  length = 0;

  constructor(create: TypedArrayConstructor<T>) {
    this.create = create;
    this.buffer = new create(1024);
  }

  push(value: number): void {
    if (this.length === this.buffer.length) {
      const larger = new this.create(this.buffer.length * 2);
      larger.set(this.buffer);
      this.buffer = larger;
    }
    this.buffer[this.length++] = value;
  }

  /** The filled part, trimmed to its length. */
  finish(): T {
    return this.buffer.slice(0, this.length) as T;
  }
}
