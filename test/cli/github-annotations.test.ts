/** Workflow commands must not be broken, or forged, by the text they carry. */
import { describe, expect, test } from 'vitest';
import {
  escapeData,
  escapeProperty,
  renderProblemGithub,
} from '../../src/cli/reporters/problems-github.ts';

describe('GitHub annotations', () => {
  test('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  test('keeps a message from ending the command early or forging another', () => {
    const line = renderProblemGithub({
      severity: 'error',
      code: 'invalid-number',
      file: 'data/q1,q2:final.csv',
      line: 3,
      column: 7,
      message: '"1\n::error file=x::forged" in column "amount" is not a number',
      hint: 'Write plain numbers.',
    });
    expect(line).toBe(
      '::error file=data/q1%2Cq2%3Afinal.csv,line=3,col=7,title=Pacer invalid-number::"1%0A::error file=x::forged" in column "amount" is not a number%0AHint: Write plain numbers.\n',
    );
    expect(line.trimEnd().split('\n')).toHaveLength(1);
  });

  test('writes warnings as ::warning and leaves out a position it does not have', () => {
    expect(
      renderProblemGithub({
        severity: 'warning',
        code: 'unsupported-encoding',
        file: 'data/a.csv',
        message: 'm',
      }),
    ).toBe('::warning file=data/a.csv,title=Pacer unsupported-encoding::m\n');
  });
});
