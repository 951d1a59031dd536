import { describe, expect, test } from 'vitest';
import { placeFields } from '../../../src/engine/csv/field-position.ts';

describe('placeFields', () => {
  test('counts columns in characters, so an emoji earlier on the line counts once', () => {
    const text = 'name,amount\n🎉 party,x\n';
    expect(placeFields(text, ',', [{ line: 2, field: 1 }])).toEqual([{ line: 2, column: 9 }]);
  });

  test('places a field after a quoted newline on the line it starts on', () => {
    const text = 'a,b,c\n"one\ntwo",x,y\n';
    expect(placeFields(text, ',', [{ line: 2, field: 2 }])).toEqual([{ line: 3, column: 8 }]);
  });

  test('places a missing field just after the last character of its row', () => {
    const text = 'a,b,c\r\n1,2\r\n';
    expect(placeFields(text, ',', [{ line: 2, field: 2 }])).toEqual([{ line: 2, column: 4 }]);
  });

  test('has no place for a line beyond the text', () => {
    expect(placeFields('a\n', ',', [{ line: 5, field: 0 }])).toEqual([null]);
  });
});
