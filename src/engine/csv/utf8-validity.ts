/** Finds the first byte that breaks UTF-8, to point at it when a file is not UTF-8 text. */

/** The allowed range of the byte after a lead byte: some leads exclude overlongs and surrogates. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function continuationBytes(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1;
}

/**
 * The index of the first byte from `from` on that starts no valid UTF-8
 * character (a stray byte, or the lead of an incomplete or malformed
 * sequence), or -1 when all of them are valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let index = from;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const more = continuationBytes(lead);
    if (more === -1 || index + more >= bytes.length) return index;
    const [low, high] = secondByteRange(lead);
    const second = bytes[index + 1]!;
    if (second < low || second > high) return index;
    for (let offset = 2; offset <= more; offset++)
      if ((bytes[index + offset]! & 0xc0) !== 0x80) return index;
    index += more + 1;
  }
  return -1;
}
