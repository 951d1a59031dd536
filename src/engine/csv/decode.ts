/**
 * Turns a data file's bytes into text as spreadsheets export it: UTF-8 with or
 * without a byte-order mark, UTF-16 ("Unicode text"), and an optional first
 * line `sep=;` naming the delimiter.
 */
import { open, readFile } from 'node:fs/promises';
import { firstInvalidUtf8 } from './utf8-validity.ts';

export interface DecodedStart {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Delimiter named by a `sep=` first line. */
  sepDelimiter?: string;
  /** Lines consumed before the header (the `sep=` line). */
  skippedLines: number;
  /** Bytes before the text: the byte-order mark and the `sep=` line. */
  prefixBytes?: number;
}

/** Where the first byte that is not text in the file's encoding is. */
export interface InvalidByte {
  line: number;
  /** 1-based, in characters (code points) of the line before the byte. */
  column: number;
  /** The byte's value. */
  value: number;
}

/** Thrown when the bytes are not valid text in the detected encoding. */
export class EncodingError extends Error {
  readonly encoding: string;
  /** The first invalid byte, when it was located. */
  readonly invalid: InvalidByte | null;

  constructor(encoding: string, invalid: InvalidByte | null = null) {
    super(`the file is not valid ${encoding.toUpperCase()} text`);
    this.name = 'EncodingError';
    this.encoding = encoding;
    this.invalid = invalid;
  }
}

function detectEncoding(bytes: Uint8Array): [DecodedStart['encoding'], number] {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return ['utf-8', 3];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ['utf-16le', 2];
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ['utf-16be', 2];
  // UTF-16 without a mark: ASCII text with every other byte zero.
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0)
    return ['utf-16le', 0];
  return ['utf-8', 0];
}

const SEP_LINE = /^sep=(.)\r?\n/i;

const CHUNK_BYTES = 1 << 20;

/**
 * The bytes from `from` to `to` (exclusive; the end of the file when
 * omitted), a block at a time, always in the same buffer: each block must be
 * decoded before the next is read. Reusing one buffer keeps a large file
 * from leaving a trail of buffers for the garbage collector.
 */
async function* readBlocks(path: string, from = 0, to = Infinity): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  try {
    for (let position = from; position < to;) {
      const length = Math.min(CHUNK_BYTES, to - position);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Streams the decoded text of a file, or of its first `end` bytes. `start`
 * is filled in once the first chunk has been read, before the first text is
 * yielded.
 */
export async function* decodeFile(
  path: string,
  start: DecodedStart,
  end?: number,
): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let first = true;
  for await (const chunk of readBlocks(path, 0, end)) {
    let bytes: Uint8Array = chunk;
    if (decoder === null) {
      const [encoding, markLength] = detectEncoding(bytes);
      start.encoding = encoding;
      start.prefixBytes = markLength;
      decoder = new TextDecoder(encoding, { fatal: true });
      bytes = bytes.subarray(markLength);
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw await encodingError(path, start.encoding);
    }
    if (first) {
      first = false;
      const sep = SEP_LINE.exec(text);
      if (sep) {
        if (sep[1] !== undefined) start.sepDelimiter = sep[1];
        start.skippedLines = 1;
        if (start.encoding === 'utf-8') start.prefixBytes! += Buffer.byteLength(sep[0]);
        text = text.slice(sep[0].length);
      }
    }
    if (text) yield text;
  }
  if (decoder) {
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw await encodingError(path, start.encoding);
    }
    if (rest) yield rest;
  }
}

/** The error for a file that is not text in `encoding`, with the first invalid UTF-8 byte located. */
async function encodingError(path: string, encoding: string): Promise<EncodingError> {
  if (encoding !== 'utf-8') return new EncodingError(encoding);
  const bytes = await readFile(path);
  const mark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const at = firstInvalidUtf8(bytes, mark);
  if (at === -1) return new EncodingError(encoding);
  // A line feed is never part of a multi-byte character: lines are counted on the bytes.
  let line = 1;
  let lineStart = mark;
  for (let index = mark; index < at; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    bytes.subarray(lineStart, at),
  );
  const column = [...before].length + 1;
  return new EncodingError(encoding, { line, column, value: bytes[at]! });
}

/**
 * Streams the UTF-8 text of the bytes from `from` to `to` (exclusive) of a
 * file that decodeFile found to be UTF-8: a later part of the file, split at
 * a line break, so no character is cut.
 */
export async function* decodeUtf8Range(
  path: string,
  from: number,
  to: number,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    for await (const chunk of readBlocks(path, from, to)) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (error) {
    if (error instanceof TypeError) throw new EncodingError('utf-8');
    throw error;
  }
}

/**
 * The whole decoded text, with a blank line in place of a `sep=` line so that
 * line numbers stay those of the file; for placing errors exactly and for
 * comparing versions of a file, never for reading data.
 */
export async function readDecoded(path: string): Promise<{ text: string; start: DecodedStart }> {
  const start: DecodedStart = { encoding: 'utf-8', skippedLines: 0 };
  let text = '';
  for await (const chunk of decodeFile(path, start)) text += chunk;
  return { text: '\n'.repeat(start.skippedLines) + text, start };
}

export async function readDecodedText(path: string): Promise<string> {
  return (await readDecoded(path)).text;
}
