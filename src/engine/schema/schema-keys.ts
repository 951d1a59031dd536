/**
 * What a schema accepts at a path: the object schemas there, for their
 * metadata, and their field names, for "did you mean" on unknown fields.
 */
import type { z } from 'zod';

interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
}

function definitionOf(schema: z.ZodType): Definition {
  return schema._zod.def;
}

/** Object schemas reachable at `path`, looking through wrappers, lists and unions. */
export function objectsAt(schema: z.ZodType, path: readonly (string | number)[]): z.ZodType[] {
  const definition = definitionOf(schema);
  const [head, ...rest] = path;
  switch (definition.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return definition.innerType ? objectsAt(definition.innerType, path) : [];
    case 'pipe':
      return [definition.in, definition.out].flatMap((inner) =>
        inner ? objectsAt(inner, path) : [],
      );
    case 'union':
      return (definition.options ?? []).flatMap((option) => objectsAt(option, path));
    case 'array':
      return typeof head === 'number' && definition.element
        ? objectsAt(definition.element, rest)
        : [];
    case 'record':
      return head !== undefined && definition.valueType
        ? objectsAt(definition.valueType, rest)
        : [];
    case 'object': {
      if (head === undefined) return [schema];
      const field = typeof head === 'string' ? definition.shape?.[head] : undefined;
      return field ? objectsAt(field, rest) : [];
    }
    default:
      return [];
  }
}

export function fieldNamesAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  const names = objectsAt(schema, path).flatMap((object) =>
    Object.keys(definitionOf(object).shape ?? {}),
  );
  return [...new Set(names)];
}
