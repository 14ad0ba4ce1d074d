/** What a reader sees of each Salient element on a page, read from its shadow root. */
import type { Page } from 'playwright-core';

export interface Reading {
  id: string;
  tag: string;
  defined: boolean;
  svgs: number;
  /** The error box's text, or null when there is none. */
  error: string | null;
  headline: string | null;
  /** The accessible summary sentence. */
  summary: string | null;
  /** The host's box. */
  box: { width: number; height: number };
}

export function readElements(page: Page): Promise<Reading[]> {
  return page.evaluate(() => {
    const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? null;
    return [...document.querySelectorAll<HTMLElement>('*')]
      .filter((element) => element.localName.startsWith('salient-'))
      .map((element) => {
        const root = element.shadowRoot;
        const box = element.getBoundingClientRect();
        return {
          id: element.id,
          tag: element.localName,
          defined: customElements.get(element.localName) !== undefined,
          svgs: root?.querySelectorAll('svg').length ?? 0,
          error: squash(root?.querySelector('[part~="error"]')?.textContent),
          headline: squash(root?.querySelector('[part~="headline"]')?.textContent),
          summary: squash(root?.querySelector('.sr-only[aria-live]')?.textContent),
          box: { width: Math.round(box.width), height: Math.round(box.height) },
        };
      });
  });
}

/** Sets an attribute on every Salient element on the page (from outside the page: no CSP applies to it). */
export function setOnAll(page: Page, name: string, value: string): Promise<void> {
  return page.evaluate(
    ([name, value]) => {
      for (const element of document.querySelectorAll('*')) if (element.localName.startsWith('salient-')) element.setAttribute(name, value);
    },
    [name, value] as const,
  );
}
