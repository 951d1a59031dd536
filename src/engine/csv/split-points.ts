/**
 * Where to cut a large file into parts that can be parsed at the same time:
 * at the first line break at or after the byte asked for that has an even
 * number of quote characters before it, so that the cut does not fall
 * inside a quoted field. A stray quote inside an unquoted field can fool the count; a cut
 * inside a quoted field always leaves that field unclosed at the end of the
 * part before it, which the reader detects before falling back to one pass.
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

const BLOCK = 1 << 20;
/** How far past a share's start to look for a safe line break. */
const SEARCH = 4 << 20;
const LINE_FEED = 10;
const QUOTE = 34;

/** Quote characters in a block: one search when there are none, a count when there are. */
function quotesIn(block: Buffer): number {
  if (block.indexOf(QUOTE) === -1) return 0;
  let count = 0;
  for (let at = 0; at < block.length; at++) if (block[at] === QUOTE) count++;
  return count;
}

class ByteScanner {
  readonly #handle: FileHandle;
  readonly #buffer = Buffer.allocUnsafe(BLOCK);
  /** Quote characters before `position`. */
  quotes = 0;
  position = 0;

  constructor(handle: FileHandle) {
    this.#handle = handle;
  }

  async #read(length: number): Promise<Buffer> {
    const { bytesRead } = await this.#handle.read(this.#buffer, 0, length, this.position);
    return this.#buffer.subarray(0, bytesRead);
  }

  /** Moves to `target`, counting the quotes passed. */
  async skipTo(target: number): Promise<void> {
    while (this.position < target) {
      const block = await this.#read(Math.min(BLOCK, target - this.position));
      if (block.length === 0) return;
      this.quotes += quotesIn(block);
      this.position += block.length;
    }
  }

  /** The offset just after the next line break with an even quote count before it, or null. */
  async nextSafeLineStart(limit: number): Promise<number | null> {
    while (this.position < limit) {
      const block = await this.#read(Math.min(BLOCK, limit - this.position));
      if (block.length === 0) return null;
      for (let at = 0; at < block.length; at++) {
        const byte = block[at];
        if (byte === QUOTE) this.quotes++;
        else if (byte === LINE_FEED && this.quotes % 2 === 0) {
          this.position += at + 1;
          return this.position;
        }
      }
      this.position += block.length;
    }
    return null;
  }
}

/**
 * Cuts a file at safe line starts, one after another: each cut is the first
 * safe line start at or after the byte asked for. The file is read once,
 * block by block, as cuts are asked for.
 */
export class LineCutter {
  readonly #path: string;
  readonly #size: number;
  readonly #headerEnd: number;
  #handle: FileHandle | null = null;
  #scanner: ByteScanner | null = null;

  /** No cut is made before `headerEnd`, where the header row ends. */
  constructor(path: string, size: number, headerEnd: number) {
    this.#path = path;
    this.#size = size;
    this.#headerEnd = headerEnd;
  }

  /** The next safe line start at or after `target`, or null when there is none near it. */
  async next(target: number): Promise<number | null> {
    if (this.#scanner === null) {
      this.#handle = await open(this.#path, 'r');
      this.#scanner = new ByteScanner(this.#handle);
      await this.#scanner.skipTo(this.#headerEnd);
    }
    const scanner = this.#scanner;
    await scanner.skipTo(Math.max(target, scanner.position));
    const point = await scanner.nextSafeLineStart(Math.min(this.#size, scanner.position + SEARCH));
    return point !== null && point < this.#size ? point : null;
  }

  async close(): Promise<void> {
    await this.#handle?.close();
  }
}
