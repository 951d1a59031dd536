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

  /**
   * Writes `value` at `index` (at most the length so far), without counting
   * it: a value written for a row that is then left out is overwritten by the
   * next row's. The reader knows how many rows it kept (see `view`).
   */
  set(index: number, value: number): void {
    if (index === this.buffer.length) this.grow();
    this.buffer[index] = value;
  }

  private grow(): void {
    // By half again: a file slightly longer than expected does not double its columns.
    const larger = new this.create(Math.ceil(this.buffer.length * 1.5));
    larger.set(this.buffer);
    this.buffer = larger;
  }

  /**
   * The first `length` values (the pushed ones when omitted) without
   * copying: for handing to the merge, which copies them into the table's
   * column (the spare capacity goes with it until then).
   */
  view(length = this.length): T {
    return this.buffer.subarray(0, length) as T;
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
    this.set(this.length++, code);
  }

  /** Writes `code` at `index` (at most the length so far) without counting it, as `Growable.set`. */
  set(index: number, code: number): void {
    if (code > this.limit) this.widen(code);
    if (index === this.buffer.length) {
      const larger = new (this.buffer.constructor as new (length: number) => CodeArray)(
        Math.ceil(this.buffer.length * 1.5),
      );
      larger.set(this.buffer);
      this.buffer = larger;
    }
    this.buffer[index] = code;
  }

  /** Appends `codes` renumbered: each code `c` as `renumber[c]` (a part joining a table). */
  appendRenumbered(codes: CodeArray, renumber: Uint32Array): void {
    let high = 0;
    for (let index = 0; index < renumber.length; index++)
      if (renumber[index]! > high) high = renumber[index]!;
    if (high > this.limit) this.widen(high);
    const needed = this.length + codes.length;
    if (needed > this.buffer.length) {
      const larger = new (this.buffer.constructor as new (length: number) => CodeArray)(
        Math.ceil(needed * 1.25),
      );
      larger.set(this.buffer.subarray(0, this.length));
      this.buffer = larger;
    }
    const buffer = this.buffer;
    const offset = this.length;
    for (let index = 0; index < codes.length; index++)
      buffer[offset + index] = renumber[codes[index]!]!;
    this.length = needed;
  }

  private widen(code: number): void {
    const wider =
      code > 0xffff ? new Uint32Array(this.buffer.length) : new Uint16Array(this.buffer.length);
    wider.set(this.buffer);
    this.buffer = wider;
    this.limit = code > 0xffff ? 0xffffffff : 0xffff;
  }

  /** The first `length` codes (the pushed ones when omitted), without copying. */
  view(length = this.length): CodeArray {
    return this.buffer.subarray(0, length);
  }
}
