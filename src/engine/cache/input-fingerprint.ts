/**
 * A fingerprint of a repository's inputs: the path and content of every file
 * under `kpis/` and `data/`. Content, not dates: a fresh checkout of the same
 * commit has new file dates and the same fingerprint.
 *
 * Hashing a large data file takes a while, so each large file's hash is
 * remembered with the file's size, date and inode, and reused while they
 * are unchanged, as git's index does. A file changed within a second of
 * being hashed could keep its date, so a hash is only trusted for a file
 * dated well before the hash was taken. SHA-1 is used for its speed; this
 * is a cache key, not a signature.
 */
import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { writeAtomically } from './atomic-file.ts';

const BLOCK = 4 << 20;
/** Files from this size on have their hash remembered. */
const LARGE = 1 << 20;
/** A remembered hash counts for a file dated at least this long before it was taken. */
const SETTLED_MS = 2000;

interface Remembered {
  size: number;
  mtimeMs: number;
  ino: number;
  hash: string;
  takenMs: number;
}

async function filesUnder(root: string, directory: string): Promise<string[]> {
  const entries = await readdir(join(root, directory), {
    recursive: true,
    withFileTypes: true,
  }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

async function hashLarge(path: string, buffer: Buffer): Promise<string> {
  const hash = createHash('sha1');
  const handle = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return hash.digest('hex');
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

export class InputFingerprint {
  readonly #memoPath: string | null;
  #memo: Record<string, Remembered> = {};
  #buffer: Buffer | null = null;

  /** `directory`: where hashes of large files are remembered; none when null. */
  constructor(directory: string | null) {
    this.#memoPath = directory === null ? null : join(directory, 'file-hashes.json');
  }

  async of(root: string): Promise<string> {
    if (this.#memoPath)
      this.#memo = JSON.parse(await readFile(this.#memoPath, 'utf8').catch(() => '{}')) as Record<
        string,
        Remembered
      >;
    const files = [...(await filesUnder(root, 'kpis')), ...(await filesUnder(root, 'data'))].sort();
    const hash = createHash('sha1');
    for (const file of files) {
      hash.update(file).update('\u0000');
      // A file that cannot be read (a dangling link) counts as its name only.
      await this.#add(join(root, file), hash).catch(() => hash.update('unreadable'));
      hash.update('\u0000');
    }
    if (this.#memoPath)
      await writeAtomically(this.#memoPath, JSON.stringify(this.#memo)).catch(() => {});
    return hash.digest('hex');
  }

  async #add(path: string, hash: Hash): Promise<void> {
    const info = await stat(path);
    if (info.size < LARGE) {
      hash.update(await readFile(path));
      return;
    }
    const known = this.#memo[path];
    const same =
      known !== undefined &&
      known.size === info.size &&
      known.mtimeMs === info.mtimeMs &&
      known.ino === info.ino &&
      info.mtimeMs < known.takenMs - SETTLED_MS;
    if (same) {
      hash.update(known.hash);
      return;
    }
    const takenMs = Date.now();
    const content = await hashLarge(path, (this.#buffer ??= Buffer.allocUnsafe(BLOCK)));
    this.#memo[path] = {
      size: info.size,
      mtimeMs: info.mtimeMs,
      ino: info.ino,
      hash: content,
      takenMs,
    };
    hash.update(content);
  }
}
