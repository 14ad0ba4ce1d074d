/**
 * A small HTML reader for what @lit-labs/ssr writes: elements, attributes, text, comments, raw-text elements,
 * void elements, self-closing SVG elements and `<template>`. Enough to walk a server-rendered graphic, not a
 * general HTML5 parser (no implied end tags beyond a mismatched close, no foster parenting).
 */

export interface ElementNode {
  kind: 'element';
  /** Lower-case tag name. */
  name: string;
  attributes: Map<string, string>;
  children: Node[];
  parent: ElementNode | null;
}

export interface TextNode {
  kind: 'text';
  text: string;
  parent: ElementNode | null;
}

export type Node = ElementNode | TextNode;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', middot: '·', mdash: '—', ndash: '–',
  hellip: '…', times: '×', minus: '−', thinsp: '\u2009', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', deg: '°',
  sup2: '²', copy: '©', larr: '←', rarr: '→', uarr: '↑', darr: '↓', bull: '•',
};

/** Decodes character references; an unknown named one is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED[ref.toLowerCase()] ?? match;
  });
}

export function element(name: string, parent: ElementNode | null = null): ElementNode {
  return { kind: 'element', name, attributes: new Map(), children: [], parent };
}

/** Parses markup into a root element named `#root` holding the top-level nodes. */
export function parseHtml(markup: string): ElementNode {
  const root = element('#root');
  let current = root;
  let i = 0;
  const n = markup.length;
  const addText = (text: string) => {
    if (!text) return;
    const last = current.children[current.children.length - 1];
    if (last?.kind === 'text') last.text += text;
    else current.children.push({ kind: 'text', text, parent: current });
  };

  while (i < n) {
    const lt = markup.indexOf('<', i);
    if (lt === -1) {
      addText(decodeEntities(markup.slice(i)));
      break;
    }
    addText(decodeEntities(markup.slice(i, lt)));
    i = lt;
    if (markup.startsWith('<!--', i)) {
      const end = markup.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
    } else if (markup[i + 1] === '?' || markup[i + 1] === '!') {
      // Bogus comments (Lit writes `<?>`), doctype.
      const end = markup.indexOf('>', i);
      i = end === -1 ? n : end + 1;
    } else if (markup[i + 1] === '/') {
      const end = markup.indexOf('>', i);
      const name = markup.slice(i + 2, end === -1 ? n : end).trim().toLowerCase();
      i = end === -1 ? n : end + 1;
      // Close the nearest open element of that name (and anything left open inside it).
      for (let open: ElementNode | null = current; open && open !== root; open = open.parent) {
        if (open.name === name) {
          current = open.parent ?? root;
          break;
        }
      }
    } else if (/[a-zA-Z]/.test(markup[i + 1] ?? '')) {
      i = readTag(markup, i + 1, (node, selfClosing) => {
        node.parent = current;
        current.children.push(node);
        if (!selfClosing && !VOID.has(node.name)) current = node;
      });
      if (RAW_TEXT.has(current.name)) {
        const close = markup.toLowerCase().indexOf(`</${current.name}`, i);
        const end = close === -1 ? n : close;
        const raw = markup.slice(i, end);
        if (raw) current.children.push({ kind: 'text', text: current.name === 'textarea' || current.name === 'title' ? decodeEntities(raw) : raw, parent: current });
        i = end;
      }
    } else {
      addText('<');
      i += 1;
    }
  }
  return root;
}

/** Reads a start tag from just after its `<`; returns the index after its `>`. */
function readTag(markup: string, start: number, emit: (node: ElementNode, selfClosing: boolean) => void): number {
  const n = markup.length;
  let i = start;
  while (i < n && !/[\s/>]/.test(markup[i])) i++;
  const node = element(markup.slice(start, i).toLowerCase());
  let selfClosing = false;
  while (i < n) {
    while (i < n && /\s/.test(markup[i])) i++;
    if (markup[i] === '>') {
      i++;
      break;
    }
    if (markup[i] === '/') {
      if (markup[i + 1] === '>') {
        selfClosing = true;
        i += 2;
        break;
      }
      i++;
      continue;
    }
    const nameStart = i;
    while (i < n && !/[\s/>=]/.test(markup[i])) i++;
    const name = markup.slice(nameStart, i).toLowerCase();
    while (i < n && /\s/.test(markup[i])) i++;
    let value = '';
    if (markup[i] === '=') {
      i++;
      while (i < n && /\s/.test(markup[i])) i++;
      const quote = markup[i];
      if (quote === '"' || quote === "'") {
        const end = markup.indexOf(quote, i + 1);
        value = markup.slice(i + 1, end === -1 ? n : end);
        i = end === -1 ? n : end + 1;
      } else {
        const valueStart = i;
        while (i < n && !/[\s>]/.test(markup[i])) i++;
        value = markup.slice(valueStart, i);
      }
    }
    if (name && !node.attributes.has(name)) node.attributes.set(name, decodeEntities(value));
  }
  emit(node, selfClosing);
  return i;
}

/** Every element below `node`, depth first, in document order. */
export function* descendants(node: ElementNode): Generator<ElementNode> {
  for (const child of node.children) {
    if (child.kind !== 'element') continue;
    yield child;
    yield* descendants(child);
  }
}

/** The text content of a node. */
export function textContent(node: Node): string {
  return node.kind === 'text' ? node.text : node.children.map(textContent).join('');
}

/** Classes of an element. */
export function classesOf(node: ElementNode): string[] {
  return (node.attributes.get('class') ?? '').split(/\s+/).filter(Boolean);
}
