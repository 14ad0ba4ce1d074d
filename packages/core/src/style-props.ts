import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** Style properties by name: camelCase (`minHeight`) or dashed (`min-height`, `--delay`). Null or undefined: unset. */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

const dashed = (name: string) => (name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/**
 * `style=${styleProps({...})}`: Lit's `styleMap`, but it never writes the `style` attribute in the browser.
 * styleMap's first render sets the attribute as a string, which a page's Content-Security-Policy without
 * 'unsafe-inline' (`style-src 'self'`) blocks: the styles are dropped and the page logs a violation. Properties set
 * through the CSSOM (`element.style.setProperty`) are not inline style in CSP's sense, so this sets every one that
 * way, from the first render on. On the server (`@lit-labs/ssr` calls `render`, never `update`) it returns the
 * attribute text, as styleMap does.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    // Lit gives an attribute part `strings` only when it has text besides the one binding; that text would be
    // written as an attribute, which is what this directive exists to avoid.
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || part.strings !== undefined) {
      throw new Error('styleProps() must be the whole value of a style attribute');
    }
  }

  render(props: StyleProps): string {
    return Object.entries(props)
      .filter(([, value]) => value != null)
      .map(([name, value]) => `${dashed(name)}:${value};`)
      .join('');
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) {
      if (props[name] == null) {
        style.removeProperty(dashed(name));
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(dashed(name), String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
