/**
 * Turns a data file's bytes into text as spreadsheets export it: UTF-8 with or
 * without a byte-order mark, UTF-16 ("Unicode text"), and an optional first
 * line `sep=;` naming the delimiter.
 */
import { createReadStream } from 'node:fs';

export interface DecodedStart {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Delimiter named by a `sep=` first line. */
  sepDelimiter?: string;
  /** Lines consumed before the header (the `sep=` line). */
  skippedLines: number;
}

/** Thrown when the bytes are not valid text in the detected encoding. */
export class EncodingError extends Error {
  constructor(encoding: string) {
    super(`the file is not valid ${encoding.toUpperCase()} text`);
    this.name = 'EncodingError';
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

/**
 * Streams the decoded text of a file. `start` is filled in once the first
 * chunk has been read, before the first text is yielded.
 */
export async function* decodeFile(path: string, start: DecodedStart): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let first = true;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let bytes: Uint8Array = chunk;
    if (decoder === null) {
      const [encoding, markLength] = detectEncoding(bytes);
      start.encoding = encoding;
      decoder = new TextDecoder(encoding, { fatal: true });
      bytes = bytes.subarray(markLength);
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new EncodingError(start.encoding);
    }
    if (first) {
      first = false;
      const sep = SEP_LINE.exec(text);
      if (sep) {
        if (sep[1] !== undefined) start.sepDelimiter = sep[1];
        start.skippedLines = 1;
        text = text.slice(sep[0].length);
      }
    }
    if (text) yield text;
  }
  if (decoder) {
    try {
      const rest = decoder.decode();
      if (rest) yield rest;
    } catch {
      throw new EncodingError(start.encoding);
    }
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
