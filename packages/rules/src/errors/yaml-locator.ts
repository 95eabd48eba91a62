import { isNode, type Document, type LineCounter } from "yaml";

/** Line and column of a path inside a parsed YAML file, for error messages. */
export type Locate = (
  path: readonly (string | number)[],
) => { line: number; column: number } | undefined;

/** Finds where a path sits in `doc`; a missing key points at its nearest existing ancestor. */
export function yamlLocator(doc: Document, counter: LineCounter): Locate {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const { line, col } = counter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return undefined;
  };
}
