/**
 * Compiles MDX bodies with Astro's own MDX compiler (Sätteri), the one the
 * site build uses, so that `pacer check` and the build agree on what is valid
 * MDX. While compiling, it collects the elements each body embeds, with
 * their attributes and place, for checking the KPIs they name.
 */
import { pathToFileURL } from 'node:url';

/** An element of an MDX body, such as `<KpiValue id="revenue" />`. */
export interface MdxElement {
  name: string;
  attributes: MdxAttribute[];
  /** Offset of its `<` in the body, in UTF-16 code units. */
  start: number;
  /** Offset just after it. */
  end: number;
}

export interface MdxAttribute {
  name: string;
  /** The text of a quoted value, the source of an `{…}` value, or null for a bare attribute. */
  value: string | null;
  expression: boolean;
}

/** A syntax error, placed in the body (1-based, columns in UTF-16 code units as the compiler counts). */
export interface MdxSyntaxError {
  line: number;
  column: number;
  /** The compiler's message without its place. */
  message: string;
}

export type MdxCompileResult =
  { ok: true; elements: MdxElement[] } | { ok: false; error: MdxSyntaxError };

export interface MdxCompiler {
  compile(body: string, path: string): Promise<MdxCompileResult>;
}

/** What is read of the compiler's JSX element nodes. */
interface JsxNode {
  readonly name: string | null;
  readonly attributes: readonly { type: string; name?: string | undefined; value?: unknown }[];
  readonly position?:
    { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}

function toElement(node: JsxNode): MdxElement | null {
  if (node.name === null || node.position?.start.offset === undefined) return null;
  const attributes: MdxAttribute[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
    const { value } = attribute;
    if (typeof value === 'string')
      attributes.push({ name: attribute.name, value, expression: false });
    else if (typeof value === 'object' && value !== null && 'value' in value)
      attributes.push({ name: attribute.name, value: String(value.value), expression: true });
    else attributes.push({ name: attribute.name, value: null, expression: false });
  }
  return {
    name: node.name,
    attributes,
    start: node.position.start.offset,
    end: node.position.end.offset ?? node.position.start.offset,
  };
}

/** `3:7: Unexpected … (3:2) (mdx-jsx:unexpected-character)` → its place and text. */
function syntaxError(error: unknown): MdxSyntaxError {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/.exec(text.trim());
  if (!match) return { line: 1, column: 1, message: text };
  return { line: Number(match[1]), column: Number(match[2]), message: match[3] ?? text };
}

/** One compiler for a whole check: the renderer is created once and reused for every body. */
export async function createMdxCompiler(srcDirectory: URL): Promise<MdxCompiler> {
  const { satteri } = await import('@astrojs/markdown-satteri');
  const collected = new Map<string, MdxElement[]>();
  // A plugin per compile, told which file it is compiling: it collects that file's elements.
  const collect = (context: { fileURL: URL | undefined }) => {
    const elements: MdxElement[] = [];
    collected.set(context.fileURL?.href ?? '', elements);
    const visit = (node: JsxNode) => {
      const element = toElement(node);
      if (element) elements.push(element);
    };
    return {
      name: 'pacer-collect-elements',
      options: { position: true },
      mdxJsxFlowElement: visit,
      mdxJsxTextElement: visit,
    };
  };
  const processor = satteri({ mdastPlugins: [collect] });
  const renderer = await processor.createMdxRenderer?.(
    {},
    { optimize: false, srcDir: srcDirectory, sourcemap: false },
  );
  if (!renderer) throw new Error('The MDX processor cannot compile MDX.');

  return {
    async compile(body, path) {
      const key = pathToFileURL(path).href;
      try {
        await renderer.process(body, path, {});
      } catch (error) {
        collected.delete(key);
        return { ok: false, error: syntaxError(error) };
      }
      const elements = collected.get(key) ?? [];
      collected.delete(key);
      return { ok: true, elements };
    },
  };
}
