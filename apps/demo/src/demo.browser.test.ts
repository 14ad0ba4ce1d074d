import { territory } from '@salient/kursk-data';
import type { SalientTerritoryBar } from '@salient/territory-bar';
import { describe, expect, it, vi } from 'vitest';
import pageSource from '../index.html?raw';
import { describeArticle } from './article.testkit.ts';

describeArticle({ name: 'English edition (index.html)', lang: 'en', source: pageSource, otherEdition: /^uk\/index\.html$/ });

const sticky = () => document.querySelector<SalientTerritoryBar>('#territory-scrolly')!;
const embed = () => document.querySelector<SalientTerritoryBar>('#territory-embed')!;
const shadowText = (element: HTMLElement, selector: string) =>
  (element.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function rendered(bar: SalientTerritoryBar): Promise<void> {
  await vi.waitFor(() => {
    expect(bar.shadowRoot?.querySelector('.error'), shadowText(bar, '.error')).toBeNull();
    expect(shadowText(bar, '.value')).not.toBe('');
  });
}

describe('the Kursk article page (English): the territory bars', () => {
  it('renders the scrollytelling bar with the Kursk dataset', async () => {
    await rendered(sticky());
    expect(sticky().data).toBe(territory);
    expect(shadowText(sticky(), '.value')).toMatch(/km²$/);
  });

  it('renders the CMS-style bar from its JSON child, in square miles, with controls', async () => {
    const bar = embed();
    await rendered(bar);
    expect(bar.data).toBeUndefined(); // Its data came from the pasted <script type="application/json">.
    expect(shadowText(bar, '.value')).toMatch(/sq mi$/);
    expect(shadowText(bar, '.headline')).toBe('Ground held by Ukraine in Kursk oblast');
    expect(bar.shadowRoot!.querySelector('input[type="range"]')).not.toBeNull();
  });
});
