/**
 * Paths into a dataset, and copy-on-write edits at a path: what the fuzzer and the injection suite use to change one
 * field deep in a Kursk dataset without touching the shared original (the elements must get fresh objects, and the
 * dataset must stay good for the recovery check).
 */

export type Path = readonly (string | number)[];

/** Every node of a dataset (objects, arrays and leaves), grouped by its path with list indices as `*`. */
export interface NodeIndex {
  /** `series[*].estimates[*].value` and the like, in walk order. */
  patterns: string[];
  /** The concrete paths of each pattern. */
  paths: Map<string, Path[]>;
}

export function patternOf(path: Path): string {
  return path.map((key) => (typeof key === 'number' ? '[*]' : `.${key}`)).join('') || '(root)';
}

export function indexNodes(root: unknown): NodeIndex {
  const paths = new Map<string, Path[]>();
  const visit = (value: unknown, path: Path) => {
    const pattern = patternOf(path);
    const list = paths.get(pattern);
    if (list) list.push(path);
    else paths.set(pattern, [path]);
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(root, []);
  return { patterns: [...paths.keys()], paths };
}

/** The string leaves of a dataset, by pattern: where text from a CMS reaches the page. */
export function stringPaths(root: unknown): Map<string, Path[]> {
  const { paths } = indexNodes(root);
  const strings = new Map<string, Path[]>();
  for (const [pattern, list] of paths) {
    const leaves = list.filter((path) => typeof getAt(root, path) === 'string');
    if (leaves.length) strings.set(pattern, leaves);
  }
  return strings;
}

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Marks a node for removal (an object key deleted, a list entry spliced out). */
export const REMOVE = Symbol('remove');

/**
 * A copy of `root` with the node at `path` replaced by `edit(node)`; only the objects along the path are copied.
 * A path that no longer exists (an earlier edit removed it) leaves `root` as it is.
 */
export function updateAt(root: unknown, path: Path, edit: (node: unknown) => unknown): unknown {
  if (path.length === 0) return edit(root);
  if (!root || typeof root !== 'object') return root;
  const [key, ...rest] = path;
  const container = root as Record<string | number, unknown>;
  if (!Object.prototype.hasOwnProperty.call(container, key)) return root;
  const next = updateAt(container[key], rest, edit);
  if (Array.isArray(root)) {
    const copy = [...(root as unknown[])];
    if (next === REMOVE) copy.splice(key as number, 1);
    else copy[key as number] = next;
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(container)) {
    if (name !== key) defineOwn(copy, name, value);
    else if (next !== REMOVE) defineOwn(copy, name, next);
  }
  return copy;
}

/** Sets an own property, even one named `__proto__` (as JSON.parse does), without touching any prototype. */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every string in a value, object keys included: text that may legitimately show up in the render. */
export function stringsIn(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    if (value instanceof Map || value instanceof Set) for (const item of value) stringsIn(item, out, seen);
    else {
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key === 'string') out.push(key);
        stringsIn((value as Record<string | symbol, unknown>)[key], out, seen);
      }
    }
  }
  return out;
}
