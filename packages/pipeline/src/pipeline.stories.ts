import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { graphicArgTypes, graphicOn, renderGraphic, shadowText, type GraphicArgs } from '@salient/core/stories';
import { pipeline } from '@salient/kursk-data';
import type { SalientPipeline } from './pipeline.js';
import type { PipelineData } from './schema.js';
import './define.js';

interface Args extends GraphicArgs {
  speed: number;
  autoplay: boolean;
}

const data = pipeline as PipelineData;

const render = (args: Args) => renderGraphic('salient-pipeline', args, { speed: args.speed, autoplay: args.autoplay });

const meta: Meta<Args> = {
  title: 'Graphics/Pipeline',
  component: 'salient-pipeline',
  tags: ['autodocs'],
  render,
  args: {
    headline: 'Through the pipe',
    dek: 'How Russian soldiers crawled through an empty gas pipe to come out near Sudzha, March 2025',
    units: 'km2',
    theme: 'light',
    speed: 1,
    autoplay: false,
    reducedMotion: false,
    data,
  },
  argTypes: {
    ...graphicArgTypes(data.timeline.moments.length),
    speed: { control: 'inline-radio', options: [0.5, 1, 2] },
  },
};
export default meta;

type Story = StoryObj<Args>;

const elementOf = (canvas: HTMLElement) => graphicOn<SalientPipeline>(canvas, 'salient-pipeline');
const textIn = (canvas: HTMLElement, selector: string) => shadowText(elementOf(canvas), selector);

/** Plays the 6½ days in about 20 seconds as soon as it is on screen (`autoplay`). */
export const Playing: Story = {
  args: { autoplay: true },
  play: async ({ canvasElement }) => {
    const element = elementOf(canvasElement);
    await waitFor(() => expect(element.animation.frameCount).toBeGreaterThan(5), { timeout: 5000 });
    await expect(element.shadowRoot!.querySelector('.play')!.getAttribute('aria-pressed')).toBe('true');
  },
};

function pausedAt(step: number, text: RegExp): Story {
  return {
    args: { step, lang: 'en-GB' },
    play: async ({ canvasElement }) => {
      await waitFor(() => expect(textIn(canvasElement, '.caption')).toMatch(text));
      await expect(elementOf(canvasElement).animation.playing).toBe(false);
    },
  };
}

/** From 2 March, small groups go into the pipe from a trench. */
export const PausedAtEntry = pausedAt(0, /^2 March: in · Day 1 · 2 March 2025/);
PausedAtEntry.name = 'Paused: entry';

/** About half way, crawling: the column's head 6–7.5 km in. */
export const PausedHalfway = pausedAt(1, /^Crawling · Day 2 · 3 March 2025/);
PausedHalfway.name = 'Paused: halfway';

/** At the far end, waiting for about four days. */
export const PausedWaiting = pausedAt(2, /^Waiting · Day 3 · 4 March 2025/);
PausedWaiting.name = 'Paused: waiting';

/** Out near Sudzha, late on 7 March or at 05:30 on 8 March. */
export const PausedEmergence = pausedAt(3, /^7–8 March: out · Day 7 · 8 March 2025/);
PausedEmergence.name = 'Paused: emergence';

/** Ukraine said it struck them as they emerged. */
export const PausedStrikes = pausedAt(4, /^8 March: struck · Day 7 · 8 March 2025/);
PausedStrikes.name = 'Paused: strikes';

/** Under reduced motion: the key moments as a storyboard, with the same text. */
export const ReducedMotion: Story = {
  args: { reducedMotion: true, autoplay: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(elementOf(canvasElement).shadowRoot!.querySelectorAll('.storyboard .card')).toHaveLength(5));
    await expect(elementOf(canvasElement).animation.frameCount).toBe(0);
  },
};

export const Dark: Story = {
  args: { theme: 'dark', step: 3 },
  parameters: { backgrounds: { value: 'dark' } },
  decorators: [(story) => html`<div style="background:#15171b;padding:8px 16px">${story()}</div>`],
};

export const Narrow320: Story = {
  name: '320 px',
  args: { width: 320, step: 1 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(elementOf(canvasElement).getBoundingClientRect().width).toBeLessThanOrEqual(320));
  },
};

export const Ukrainian: Story = {
  args: {
    lang: 'uk',
    step: 3,
    headline: 'Крізь трубу',
    dek: 'Як російські військові проповзли порожнім газогоном, щоб вийти біля Суджі, березень 2025',
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.when')).toMatch(/^День 7 05:30/));
    await expect(textIn(canvasElement, '.facts')).toContain('12–15 км');
  },
};

/** Distances in miles for readers who asked for `units="mi2"`. */
export const Miles: Story = {
  args: { units: 'mi2', step: 1 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.facts')).toContain('7.5–9.3 mi'));
  },
};

/** What a CMS editor pastes: the data as a JSON child. */
export const JsonChild: Story = {
  args: { headline: 'Pasted into a CMS', json: JSON.stringify(data), step: 2 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.caption')).toContain('four days of waiting'));
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

const broken = (patch: (copy: PipelineData) => void): PipelineData => {
  const copy = structuredClone(data);
  patch(copy);
  return copy;
};

export const ErrorMalformedJson = errorStory({ json: '{"pipe": {"diameterM": 1.42,' }, /is not valid JSON/);
ErrorMalformedJson.name = 'Error: malformed JSON child';

export const ErrorSrc404 = errorStory({ src: './no-such-pipeline.json' }, /Could not load data from .*HTTP 404/);
ErrorSrc404.name = 'Error: src that 404s';

export const ErrorDiameter = errorStory({ data: broken((d) => (d.pipe.diameterM = 14.2)) }, /pipe\.diameterM must be between 0\.3 and 5, got 14\.2/);
ErrorDiameter.name = 'Error: pipe 14.2 m across';

export const ErrorTimeOrder = errorStory(
  { data: broken((d) => (d.timeline.moments[3].time = '2025-03-01T00:00+03:00')) },
  /timeline\.moments\[3\]\.time must be between timeline\.start and timeline\.end/,
);
ErrorTimeOrder.name = 'Error: moment outside the timeline';

export const ErrorRange = errorStory({ data: broken((d) => Object.assign(d.soldiers, { low: 800, high: 100 })) }, /soldiers\.high must not be below low/);
ErrorRange.name = 'Error: range the wrong way round';

export const ErrorCoordinates = errorStory({ data: broken((d) => (d.route.line[1] = [35.4, 151.3])) }, /route\.line\[1\] is out of range: longitude must be within ±180 and latitude within ±90, got \[35\.4, 151\.3\]/);
ErrorCoordinates.name = 'Error: latitude out of range';
