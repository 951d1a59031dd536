/** The fast reader of plain numbers agrees with `parseNumber`, to the last bit. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { numberReader, parseNumber, PLAIN_NUMBERS } from '../../../src/engine/csv/parse-number.ts';

const read = numberReader(PLAIN_NUMBERS);
const numberish = fc
  .array(fc.constantFrom('0', '1', '5', '9', '.', '-', '+', 'e', 'E', 'x', ' '), {
    maxLength: 24,
  })
  .map((characters) => characters.join(''));

describe('reading plain numbers', () => {
  test('gives what parseNumber gives for any mix of digits, signs, points and exponents', () => {
    fc.assert(
      fc.property(numberish, (text) => {
        expect(Object.is(read(text.trim()), parseNumber(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test('reads decimals to the same double as Number, however many digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        for (const text of [String(value), value.toFixed(2), value.toPrecision(15)]) {
          if (!/e/i.test(text)) expect(Object.is(read(text), Number(text))).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test('keeps -0, leading zeros and a bare point as parseNumber does', () => {
    expect(Object.is(read('-0'), -0)).toBe(true);
    expect(read('007.50')).toBe(7.5);
    expect(read('.')).toBeNull();
    expect(read('5.')).toBe(5);
    expect(read('1e400')).toBeNull();
  });
});
