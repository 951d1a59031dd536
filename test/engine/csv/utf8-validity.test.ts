import { describe, expect, test } from 'vitest';
import { firstInvalidUtf8 } from '../../../src/engine/csv/utf8-validity.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('the first byte that is not UTF-8', () => {
  test('is none in valid text of one to four bytes per character', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('a é € 😀'))).toBe(-1);
  });

  test('is a Latin-1 letter, a stray continuation byte, or an incomplete character at the end', () => {
    expect(firstInvalidUtf8(bytes(0x70, 0x61, 0xed, 0x73))).toBe(2); // "país" in Latin-1
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toBe(1);
  });

  test('is an overlong form or an encoded surrogate, which decoders reject too', () => {
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
  });
});
