/**
 * The fingerprint of a repository's inputs changes with any file's content,
 * including large data files whose hash is remembered between builds.
 */
import { stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputFingerprint } from '../../../src/engine/cache/input-fingerprint.ts';
import { tempDirectory, tempRepo } from '../load/support/temp-repo.ts';

/** A data file over the size from which hashes are remembered. */
function largeCsv(last: string): string {
  return `date,amount\n${'2026-01-01,1\n'.repeat(100_000)}2026-01-02,${last}\n`;
}

describe('the input fingerprint', () => {
  test('follows definitions and small and large data files', async () => {
    const root = await tempRepo({ 'data/big.csv': largeCsv('1'), 'data/small.csv': 'a\n1\n' });
    const memo = await tempDirectory();
    const fingerprint = () => new InputFingerprint(memo).of(root);
    const first = await fingerprint();
    expect(await fingerprint()).toBe(first);

    await writeFile(join(root, 'data/small.csv'), 'a\n2\n');
    const second = await fingerprint();
    expect(second).not.toBe(first);

    // An edit dates the file anew: its remembered hash no longer applies.
    await writeFile(join(root, 'data/big.csv'), largeCsv('2'));
    const past = new Date(Date.now() - 60_000);
    await utimes(join(root, 'data/big.csv'), past, past);
    const third = await fingerprint();
    expect(third).not.toBe(second);
    expect(await fingerprint()).toBe(third);
  });

  test('hashes again a large file rewritten as its hash was taken, even with the same size and date', async () => {
    const root = await tempRepo({ 'data/big.csv': largeCsv('1') });
    const memo = await tempDirectory();
    const fingerprint = () => new InputFingerprint(memo).of(root);
    const before = await fingerprint();
    const { mtime } = await stat(join(root, 'data/big.csv'));

    await writeFile(join(root, 'data/big.csv'), largeCsv('9'));
    await utimes(join(root, 'data/big.csv'), mtime, mtime);
    expect(await fingerprint()).not.toBe(before);
  });
});
