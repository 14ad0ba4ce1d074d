import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { graphicArgTypes, graphicOn, renderGraphic, shadowText, type GraphicArgs } from '@salient/core/stories';
import { encirclement } from '@salient/kursk-data';
import type { SalientEncirclement } from './encirclement.js';
import type { EncirclementData } from './schema.js';
import './define.js';

type Args = GraphicArgs;

const frames = encirclement.frames;
const MARCH_6 = frames.findIndex((frame) => frame.id === '2025-03-06');
const MARCH_13 = frames.findIndex((frame) => frame.id === '2025-03-13');

const render = (args: Args) => renderGraphic('salient-encirclement', args);

const meta: Meta<Args> = {
  title: 'Graphics/Encirclement',
  component: 'salient-encirclement',
  tags: ['autodocs'],
  render,
  args: {
    headline: 'Ukraine’s foothold in Kursk, closing in',
    dek: 'The area held by Ukraine, and the Russian advances around it',
    units: 'km2',
    theme: 'light',
    controls: true,
    reducedMotion: false,
    data: encirclement,
  },
  argTypes: {
    ...graphicArgTypes(frames.length),
  },
};
export default meta;

type Story = StoryObj<Args>;

const mapOf = (canvas: HTMLElement) => graphicOn<SalientEncirclement>(canvas, 'salient-encirclement');
const textIn = (canvas: HTMLElement, selector: string, element = mapOf(canvas)) => shadowText(element, selector);

/** The Kursk salient from its peak to April 2025. Step with ← and → on the map, or the slider. */
export const Kursk: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.when')).toBe('Early April 2025'));
    await expect(textIn(canvasElement, '.reading')).toMatch(/^≈ \d+ km² on the map · reported 63–80 km²$/);
  },
};

/** 6 March 2025: the breakthrough south of Sudzha, and the corridor to the border 12–13 km wide. */
export const CorridorNarrows: Story = {
  args: { step: MARCH_6 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.corridor-label')).toBe('Corridor to the border12–13 km'));
    await expect(mapOf(canvasElement).shadowRoot!.querySelectorAll('svg.map .advance')).toHaveLength(frames[MARCH_6].advances.length);
  },
};

/** Every frame, one under another, as a reader steps through them. */
export const EveryFrame: Story = {
  args: { reducedMotion: true, controls: false },
  render: (args) =>
    html`${frames.map(
      (frame, step) =>
        html`<section style="margin-bottom:24px">
          <h3 style="font:600 14px system-ui;margin:0">Frame ${step + 1}: ${frame.date}</h3>
          ${render({ ...args, step, headline: '', dek: '' })}
        </section>`,
    )}`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('salient-encirclement')).toHaveLength(frames.length));
    const maps = [...canvasElement.querySelectorAll('salient-encirclement')];
    await waitFor(() => expect(maps.map((map) => textIn(canvasElement, '.when', map))).toEqual(frames.map((frame) => frame.label.en)));
  },
};

export const SquareMiles: Story = {
  args: { units: 'mi2', step: MARCH_13 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.reading')).toMatch(/^≈ 5\d sq mi on the map · reported 54 sq mi$/));
    await expect(textIn(canvasElement, '.scale text')).toMatch(/ mi$/);
  },
};

export const Dark: Story = {
  args: { theme: 'dark', step: MARCH_6 },
  parameters: { backgrounds: { value: 'dark' } },
  decorators: [(story) => html`<div style="background:#15171b;padding:8px 16px">${story()}</div>`],
};

export const Narrow320: Story = {
  name: '320 px',
  args: { width: 320, step: MARCH_13 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(mapOf(canvasElement).getBoundingClientRect().width).toBeLessThanOrEqual(320));
    await waitFor(() => expect(textIn(canvasElement, '.when')).toBe('13 March 2025: Sudzha falls'));
  },
};

export const Ukrainian: Story = {
  args: {
    lang: 'uk',
    step: MARCH_13,
    headline: 'Плацдарм України на Курщині: оточення',
    dek: 'Площа під контролем України і російський наступ навколо неї',
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.when')).toBe('13 березня 2025 року: падіння Суджі'));
    await expect(textIn(canvasElement, '.legend')).toContain('Під контролем України');
  },
};

/** What a CMS editor pastes: the data as a JSON child. Here a small made-up map in two frames. */
export const JsonChild: Story = {
  args: {
    headline: 'Pasted into a CMS',
    json: JSON.stringify({
      title: 'A salient in two frames',
      source: 'Made up for this example',
      frames: [
        {
          id: 'before',
          date: '2025-03-06',
          label: 'Before',
          held: { type: 'Polygon', coordinates: [[[35.1, 51.05], [35.35, 51.05], [35.35, 51.3], [35.1, 51.3], [35.1, 51.05]]] },
          reported: { low: 400, high: 500, sources: ['Example'] },
        },
        {
          id: 'after',
          date: '2025-03-13',
          label: 'After',
          held: { type: 'Polygon', coordinates: [[[35.15, 51.05], [35.3, 51.05], [35.3, 51.15], [35.15, 51.15], [35.15, 51.05]]] },
          advances: [{ from: [35.25, 51.35], to: [35.23, 51.17], label: 'From the north' }],
        },
      ],
    } satisfies EncirclementData),
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.when')).toBe('After · March 13, 2025'));
  },
};

function errorStory(args: Partial<Args>, message: RegExp): Story {
  return {
    args: { headline: 'A map with bad input', ...args },
    play: async ({ canvasElement }) => {
      await waitFor(() => expect(textIn(canvasElement, '.error-message')).toMatch(message));
      await expect(textIn(canvasElement, '.error-title')).toBe('This graphic could not be shown');
    },
  };
}

const frame = { id: 'x', date: '2025-03-13', label: 'A frame' };

export const ErrorMalformedGeoJson = errorStory(
  { data: { frames: [{ ...frame, held: { type: 'Polgon', coordinates: [[[35, 51], [35.1, 51], [35.1, 51.1], [35, 51]]] } }] } },
  /frames\[0\]\.held\.type must be "Polygon" or "MultiPolygon", got "Polgon"/,
);
ErrorMalformedGeoJson.name = 'Error: malformed GeoJSON';

export const ErrorNoCoordinates = errorStory(
  { data: { frames: [{ ...frame, held: { type: 'Polygon', coordinates: [] } }] } },
  /frames\[0\]\.held\.coordinates has no coordinates: a polygon needs at least one ring/,
);
ErrorNoCoordinates.name = 'Error: polygon with no coordinates';

export const ErrorOutOfRange = errorStory(
  { data: { frames: [{ ...frame, held: { type: 'Polygon', coordinates: [[[35, 51], [135, 51], [135, 95], [35, 51]]] } }] } },
  /frames\[0\]\.held\.coordinates\[0\]\[2\] is out of range: longitude must be within ±180 and latitude within ±90, got \[135, 95\]/,
);
ErrorOutOfRange.name = 'Error: coordinates out of range';

export const ErrorMalformedJson = errorStory({ json: '{"frames": [{"id": "x", "held": ' }, /is not valid JSON/);
ErrorMalformedJson.name = 'Error: malformed JSON child';

export const ErrorSrc404 = errorStory({ src: './no-such-map.json' }, /Could not load data from .*HTTP 404/);
ErrorSrc404.name = 'Error: src that fails';
