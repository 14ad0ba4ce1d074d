import { html, render, svg } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { styleProps, type StyleProps } from './style-props.js';

// That a strict CSP allows it is tested on a real page with the header: tests/hardening/site/csp.site.test.ts.

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(html``, container));

const draw = (props: StyleProps) =>
  render(html`<div class="box" style=${styleProps(props)}></div><svg>${svg`<rect style=${styleProps(props)}></rect>`}</svg>`, container);

describe('styleProps', () => {
  it('sets camelCase, dashed and custom properties through the CSSOM, on HTML and SVG elements, from the first render', () => {
    draw({ minHeight: '12px', 'margin-left': '3px', '--delay': '150ms', opacity: 0.5 });
    for (const element of container.querySelectorAll<HTMLElement | SVGElement>('.box, rect')) {
      expect(element.style.getPropertyValue('min-height')).toBe('12px');
      expect(element.style.getPropertyValue('margin-left')).toBe('3px');
      expect(element.style.getPropertyValue('--delay')).toBe('150ms');
      expect(element.style.getPropertyValue('opacity')).toBe('0.5');
    }
    expect(getComputedStyle(container.querySelector('.box')!).minHeight).toBe('12px');
  });

  it('unsets what a later render leaves out or sets to null, and keeps the rest', () => {
    draw({ minHeight: '12px', opacity: 0.5, '--delay': '1ms' });
    draw({ minHeight: null, opacity: 0.25 });
    const box = container.querySelector<HTMLElement>('.box')!;
    expect(box.style.getPropertyValue('min-height')).toBe('');
    expect(box.style.getPropertyValue('--delay')).toBe('');
    expect(box.style.getPropertyValue('opacity')).toBe('0.25');
  });

  it('refuses to be part of a style attribute rather than all of it', () => {
    expect(() => render(html`<div style="color: red; ${styleProps({ opacity: 1 })}"></div>`, container)).toThrow(/whole value/);
  });
});
