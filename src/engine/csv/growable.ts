/** Typed arrays that grow as rows stream in, so large files stay compact in memory. */

export type TypedArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = new (length: number) => T;

export class Growable<T extends TypedArray> {
  private readonly create: TypedArrayConstructor<T>;
  private buffer: T;
  length = 0;

  /** `expected`: how many values are likely, so that a large file is not copied as it grows. */
  constructor(create: TypedArrayConstructor<T>, expected = 0) {
    this.create = create;
    this.buffer = new create(Math.max(1024, expected));
  }

  push(value: number): void {
    if (this.length === this.buffer.length) this.grow();
    this.buffer[this.length++] = value;
  }

  private grow(): void {
    // By half again: a file slightly longer than expected does not double its columns.
    const larger = new this.create(Math.ceil(this.buffer.length * 1.5));
    larger.set(this.buffer);
    this.buffer = larger;
  }

  /**
   * The filled part without copying: for handing to the merge, which copies
   * it into the table's column (the spare capacity goes with it until then).
   */
  view(): T {
    return this.buffer.subarray(0, this.length) as T;
  }
}

export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

/**
 * Codes into a dictionary, a byte each while there are at most 256 distinct
 * values, two bytes up to 65,536, four beyond: dimension columns of millions
 * of rows take a quarter of the memory.
 */
export class CodeGrowable {
  private buffer: CodeArray;
  private limit: number;
  length = 0;

  constructor(expected = 0) {
    this.buffer = new Uint8Array(Math.max(1024, expected));
    this.limit = 0xff;
  }

  push(code: number): void {
    if (code > this.limit) this.widen(code);
    if (this.length === this.buffer.length) {
      const larger = new (this.buffer.constructor as new (length: number) => CodeArray)(
        Math.ceil(this.buffer.length * 1.5),
      );
      larger.set(this.buffer);
      this.buffer = larger;
    }
    this.buffer[this.length++] = code;
  }

  private widen(code: number): void {
    const wider =
      code > 0xffff ? new Uint32Array(this.buffer.length) : new Uint16Array(this.buffer.length);
    wider.set(this.buffer.subarray(0, this.length));
    this.buffer = wider;
    this.limit = code > 0xffff ? 0xffffffff : 0xffff;
  }

  view(): CodeArray {
    return this.buffer.subarray(0, this.length);
  }
}
