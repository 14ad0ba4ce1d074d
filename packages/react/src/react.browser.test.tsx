import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encirclement, pipeline, supplyRoad, territory } from '@salient/kursk-data';
import { Encirclement, Pipeline, SupplyRoad, TerritoryBar } from './index.js';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

async function render(node: React.ReactNode): Promise<HTMLElement> {
  container = document.createElement('div');
  container.style.width = '640px';
  document.body.append(container);
  root = createRoot(container);
  await act(() => Promise.resolve(root!.render(node)));
  const element = container.querySelector('salient-territory-bar') as HTMLElement & { updateComplete: Promise<boolean> };
  await drawn(element);
  return element;
}

/** Waits until the element has drawn its graphic or its error (a graphic draws once it has been seen in view). */
async function drawn(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  await vi.waitFor(() => expect(element.shadowRoot!.querySelector('.graphic > :not(.status)')).not.toBeNull());
  await element.updateComplete;
}

const shadowText = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector(selector)?.textContent?.trim();

describe('@salient/react in a React 19 app', () => {
  it('passes data as a property and attributes as attributes', async () => {
    const element = await render(<TerritoryBar data={territory} units="mi2" step={7} headline="Kursk" />);
    expect(shadowText(element, '.value')).toBe('54 sq mi');
    expect(shadowText(element, '.headline')).toBe('Kursk');
  });

  it('re-renders when React props change', async () => {
    const element = await render(<TerritoryBar data={territory} step={0} />);
    await act(() => Promise.resolve(root!.render(<TerritoryBar data={territory} step={7} />)));
    await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(shadowText(element, '.value')).toBe('140 km²');
  });

  it('calls onSalientError with the message when the data is bad', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onError = vi.fn<(event: CustomEvent<{ message: string }>) => void>();
    try {
      await render(<TerritoryBar data={{ series: [] }} onSalientError={onError} />);
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0][0].detail.message).toMatch(/series must have at least 1 entry/);
    } finally {
      warn.mockRestore();
    }
  });

  it('calls onSalientStep when the reader steps with the keyboard', async () => {
    const onStep = vi.fn<(event: CustomEvent<{ step: number }>) => void>();
    const element = await render(<TerritoryBar data={territory} step={3} onSalientStep={onStep} />);
    const graphic = element.shadowRoot!.querySelector('.graphic') as HTMLElement;
    graphic.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    expect(onStep).toHaveBeenCalledTimes(1);
    expect(onStep.mock.calls[0][0].detail.step).toBe(2);
  });

  it.each([
    ['salient-encirclement', () => <Encirclement data={encirclement} step={3} reduced-motion />],
    ['salient-supply-road', () => <SupplyRoad data={supplyRoad} step={1} reduced-motion />],
    ['salient-pipeline', () => <Pipeline data={pipeline} step={2} reduced-motion />],
  ])('renders <%s> with its dataset', async (tag, view) => {
    container = document.createElement('div');
    container.style.width = '640px';
    document.body.append(container);
    root = createRoot(container);
    await act(() => Promise.resolve(root!.render(view())));
    const element = container.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
    await drawn(element);
    expect(element.shadowRoot!.querySelector('.error')).toBeNull();
    expect(element.shadowRoot!.querySelector('svg')).not.toBeNull();
  });
});
