/**
 * A strict XML 1.0 well-formedness check, for tests: one root element, every tag closed and nested, attributes
 * quoted and not repeated, `&` only in the five predefined or numeric references, no `<` in text or attributes.
 * Returns the element tree, or throws naming the first problem and where it is.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;]*);|&/g, (_match, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & near ${at}`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const m = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(ref);
    if (!m) throw new Error(`unknown entity &${ref}; near ${at}`);
    return String.fromCodePoint(m[1] ? parseInt(m[1], 16) : Number(m[2]));
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${i}: ${JSON.stringify(source.slice(i, i + 40))}`);
  };
  const skipMisc = () => {
    for (;;) {
      while (/\s/.test(source[i] ?? '')) i++;
      if (source.startsWith('<?', i)) {
        const end = source.indexOf('?>', i);
        if (end === -1) fail('unclosed processing instruction');
        i = end + 2;
      } else if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i);
        if (end === -1) fail('unclosed comment');
        i = end + 3;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (source[i] !== '<') fail('expected <');
    i++;
    const name = NAME.exec(source.slice(i))?.[0] ?? fail('bad element name');
    i += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = /^\s*/.exec(source.slice(i))![0].length;
      i += space;
      if (source.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [] };
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (!space) fail('expected whitespace before an attribute');
      const attribute = NAME.exec(source.slice(i))?.[0] ?? fail('bad attribute name');
      i += attribute.length;
      if (attribute in attributes) fail(`repeated attribute ${attribute}`);
      const eq = /^\s*=\s*/.exec(source.slice(i))?.[0] ?? fail('expected =');
      i += eq.length;
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail('unquoted attribute value');
      const end = source.indexOf(quote, i + 1);
      if (end === -1) fail('unclosed attribute value');
      const raw = source.slice(i + 1, end);
      if (raw.includes('<')) fail('< in an attribute value');
      attributes[attribute] = decode(raw, i);
      i = end + 1;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      const lt = source.indexOf('<', i);
      if (lt === -1) fail(`unclosed <${name}>`);
      if (lt > i) {
        const text = source.slice(i, lt);
        if (text.includes(']]>')) fail(']]> in text');
        children.push(decode(text, i));
      }
      i = lt;
      if (source.startsWith('</', i)) {
        i += 2;
        const close = NAME.exec(source.slice(i))?.[0];
        if (close !== name) fail(`</${close}> closes <${name}>`);
        i += name.length;
        while (/\s/.test(source[i] ?? '')) i++;
        if (source[i] !== '>') fail('expected >');
        i++;
        return { name, attributes, children };
      }
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i);
        if (end === -1) fail('unclosed comment');
        i = end + 3;
      } else if (source.startsWith('<![CDATA[', i)) {
        const end = source.indexOf(']]>', i);
        if (end === -1) fail('unclosed CDATA');
        children.push(source.slice(i + 9, end));
        i = end + 3;
      } else children.push(element());
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== source.length) fail('content after the root element');
  return root;
}

/** Every element in the tree, depth first. */
export function* walk(node: XmlElement): Generator<XmlElement> {
  yield node;
  for (const child of node.children) if (typeof child !== 'string') yield* walk(child);
}

/** The text of an element and its descendants. */
export function text(node: XmlElement): string {
  return node.children.map((child) => (typeof child === 'string' ? child : text(child))).join('');
}
