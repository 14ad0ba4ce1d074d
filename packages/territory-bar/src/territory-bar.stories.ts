import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { graphicArgTypes, graphicOn, renderGraphic, shadowText, type GraphicArgs } from '@salient/core/stories';
import { territory } from '@salient/kursk-data';
import type { SalientTerritoryBar } from './territory-bar.js';
import type { TerritoryData } from './schema.js';
import './define.js';

type Args = GraphicArgs;

const MARCH_13 = territory.series.findIndex((point) => point.date === '2025-03-13');

const render = (args: Args) => renderGraphic('salient-territory-bar', args);

const meta: Meta<Args> = {
  title: 'Graphics/Territory bar',
  component: 'salient-territory-bar',
  tags: ['autodocs'],
  render,
  args: {
    headline: 'Ukraine’s foothold in Kursk, and its collapse',
    dek: 'Area of Kursk oblast held by Ukrainian forces',
    units: 'km2',
    theme: 'light',
    controls: false,
    reducedMotion: false,
    data: territory,
  },
  argTypes: {
    ...graphicArgTypes(territory.series.length),
  },
};
export default meta;

type Story = StoryObj<Args>;

const barOf = (canvas: HTMLElement) => graphicOn<SalientTerritoryBar>(canvas, 'salient-territory-bar');
const textIn = (canvas: HTMLElement, selector: string) => shadowText(barOf(canvas), selector);

/** The Kursk series at its last step: the Russian claim of 26 April 2025, disputed by Ukraine. */
export const Kursk: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.value')).toBe('0 km²'));
    await expect(textIn(canvasElement, '.when')).toContain('Gerasimov');
  },
};

/** 13 March 2025, the day Sudzha fell: sources put the remaining foothold between 77 and 140 km². */
export const DisputedRange: Story = {
  args: { step: MARCH_13 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.notes')).toContain('Sources differ: 77–140 km²'));
    await expect(barOf(canvasElement).shadowRoot!.querySelector('.range')).not.toBeNull();
  },
};

export const SquareMiles: Story = {
  args: { units: 'mi2', step: MARCH_13 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.value')).toBe('54 sq mi'));
  },
};

export const Dark: Story = {
  args: { theme: 'dark', step: MARCH_13, controls: true },
  parameters: { backgrounds: { value: 'dark' } },
  decorators: [(story) => html`<div style="background:#15171b;padding:8px 16px">${story()}</div>`],
};

export const Narrow320: Story = {
  name: '320 px',
  args: { width: 320, step: 2 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(barOf(canvasElement).getBoundingClientRect().width).toBeLessThanOrEqual(320));
  },
};

export const Ukrainian: Story = {
  args: {
    lang: 'uk',
    step: MARCH_13,
    headline: 'Плацдарм України на Курщині та його втрата',
    dek: 'Площа Курської області під контролем українських сил',
    controls: true,
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.when')).toContain('13 березня 2025'));
  },
};

/** Keyboard: focus the graphic and use ← and →, or the slider and its buttons. */
export const WithControls: Story = {
  args: { controls: true, step: 0 },
  play: async ({ canvasElement }) => {
    const slider = await waitFor(async () => {
      const input = barOf(canvasElement).shadowRoot!.querySelector('input[type=range]');
      await expect(input).not.toBeNull();
      return input as HTMLInputElement;
    });
    await expect(slider.max).toBe(String(territory.series.length - 1));
  },
};

/** Every step of the series, one under another. */
export const EachStep: Story = {
  args: { reducedMotion: true },
  render: (args) =>
    html`${territory.series.map(
      (point, step) =>
        html`<section style="margin-bottom:24px">
          <h3 style="font:600 14px system-ui;margin:0">Step ${step}: ${point.date}</h3>
          ${render({ ...args, step, headline: '', dek: '' })}
        </section>`,
    )}`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('salient-territory-bar')).toHaveLength(territory.series.length));
  },
};

/** What a CMS editor pastes: the data as a JSON child. */
export const JsonChild: Story = {
  args: {
    headline: 'Pasted into a CMS',
    json: JSON.stringify({
      series: [
        { date: '2024-08-27', value: 1376, source: 'Ukrainian General Staff (via Reuters)', approximate: true },
        { date: '2025-03-13', value: 140, source: 'DeepState', estimates: [{ value: 77, source: 'Black Bird Group' }] },
      ],
      references: [{ label: 'Kyiv (city)', value: 839 }],
    } satisfies TerritoryData),
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.value')).toBe('140 km²'));
  },
};

function errorStory(args: Partial<Args>, message: RegExp): Story {
  return {
    args: { headline: 'A graphic with bad input', ...args },
    play: async ({ canvasElement }) => {
      await waitFor(() => expect(textIn(canvasElement, '.error-message')).toMatch(message));
      await expect(textIn(canvasElement, '.error-title')).toBe('This graphic could not be shown');
    },
  };
}

export const ErrorMalformedJson = errorStory({ json: '{"series": [{"date": "2025-03-13", "value": 140,' }, /is not valid JSON/);
ErrorMalformedJson.name = 'Error: malformed JSON child';

export const ErrorSrc404 = errorStory({ src: './no-such-data.json' }, /Could not load data from .*HTTP 404/);
ErrorSrc404.name = 'Error: src that 404s';

export const ErrorNegative = errorStory(
  { data: { series: [{ date: '2025-03-13', value: -140, source: 'DeepState' }] } },
  /series\[0\]\.value must be between 0 and/,
);
ErrorNegative.name = 'Error: negative value';

export const ErrorNaN = errorStory(
  { data: { series: [{ date: '2025-03-13', value: Number.NaN, source: 'DeepState' }] } },
  /series\[0\]\.value must be a finite number, got NaN/,
);
ErrorNaN.name = 'Error: NaN value';

export const ErrorEmptySeries = errorStory({ data: { series: [] } }, /series must have at least 1 entry/);
ErrorEmptySeries.name = 'Error: empty series';
