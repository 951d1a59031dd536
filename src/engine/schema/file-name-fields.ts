/**
 * Fields a document takes from its file name rather than its frontmatter, such
 * as a KPI's id. Writing one is a common slip, so it is explained instead of
 * listed with every other field as merely unknown.
 */
import type { z } from 'zod';
import { id } from './fields.ts';
import { objectsAt } from './schema-keys.ts';

declare module 'zod' {
  interface GlobalMeta {
    /** Fields given by the file name, each with a sentence saying so, for `.meta()` on an object schema. */
    fromFileName?: Record<string, string>;
  }
}

/** The sentence an object schema at `path` has for `key` being taken from the file name, if any. */
export function fileNameNote(
  schema: z.ZodType,
  path: readonly (string | number)[],
  key: string,
): string | undefined {
  for (const object of objectsAt(schema, path)) {
    const note = object.meta()?.fromFileName?.[key];
    if (note !== undefined) return note;
  }
  return undefined;
}

/**
 * What to do about `key: value` in `file`: remove the line, or rename the file
 * when the value would make a good name and is not the name already.
 */
export function fileNameHint(key: string, value: string | undefined, file: string): string {
  const slash = file.lastIndexOf('/');
  const directory = file.slice(0, slash + 1);
  const base = file.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  const name = dot > 0 ? base.slice(0, dot) : base;
  const extension = dot > 0 ? base.slice(dot) : '';

  if (value === name) return `Remove the line: the file name already makes the ${key} "${name}".`;
  if (value !== undefined && id.safeParse(value).success)
    return `Remove the line, or rename ${file} to ${directory}${value}${extension} to make the ${key} "${value}".`;
  return `Remove the line: the file name makes the ${key} "${name}".`;
}
