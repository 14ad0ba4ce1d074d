import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { graphicArgTypes, graphicOn, renderGraphic, shadowText, type GraphicArgs } from '@salient/core/stories';
import { supplyRoad } from '@salient/kursk-data';
import type { SalientSupplyRoad } from './supply-road.js';
import type { SupplyRoadData } from './schema.js';
import './define.js';

interface Args extends GraphicArgs {
  layout: 'auto' | 'map' | 'strip';
  autoplay: boolean;
}

const kursk: SupplyRoadData = supplyRoad;
const MARCH_12 = kursk.steps.findIndex((s) => s.id === 'march-12');

const render = (args: Args) => renderGraphic('salient-supply-road', args, { layout: args.layout, autoplay: args.autoplay });

const meta: Meta<Args> = {
  title: 'Graphics/Supply road',
  component: 'salient-supply-road',
  tags: ['autodocs'],
  render,
  args: {
    headline: 'Cut off without losing the road',
    dek: 'How Russian drones closed the main road from Sumy to Sudzha',
    units: 'km2',
    theme: 'light',
    layout: 'auto',
    controls: true,
    autoplay: false,
    reducedMotion: false,
    data: kursk,
  },
  argTypes: {
    ...graphicArgTypes(kursk.steps.length),
    layout: { control: 'inline-radio', options: ['auto', 'map', 'strip'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

const elementOf = (canvas: HTMLElement) => graphicOn<SalientSupplyRoad>(canvas, 'salient-supply-road');
const textIn = (canvas: HTMLElement, selector: string) => shadowText(elementOf(canvas), selector);

function reads(text: RegExp | string): Story['play'] {
  return async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.reading')).toMatch(text));
  };
}

/** 12 March 2025: fire control over the Yunakivka–Sudzha road. Press the button to run the convoys. */
export const FireControl: Story = {
  name: '12 March: fire control',
  args: { step: MARCH_12 },
  play: reads('18 km of the 47 km road within drone range (39%)'),
};

/** 24–25 February: the “road of death”; strikes on 25 February destroyed dozens of vehicles. */
export const RoadOfDeath: Story = {
  name: '25 February: the road of death',
  args: { step: 0 },
  play: async (context) => {
    await reads('3.5 km of the 47 km road within drone range (7.5%)')!(context);
    await expect(textIn(context.canvasElement, '.strikes')).toContain('Dozens of vehicles destroyed');
  },
};

/** 7 March: Russian positions 5–7 km from the main road, within drone range. */
export const March7: Story = {
  name: '7 March: 5–7 km away',
  args: { step: 1 },
  play: reads('9.4 km of the 47 km road within drone range (20%)'),
};

/** 10 March: within 5 km of the N-07. */
export const March10: Story = {
  name: '10 March: within 5 km',
  args: { step: 2 },
  play: reads('11 km of the 47 km road within drone range (23%)'),
};

/** The road straightened into a strip, km to scale along it: what narrow screens get. */
export const StripLayout: Story = {
  name: 'Strip',
  args: { layout: 'strip', step: MARCH_12, width: 800 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(elementOf(canvasElement).shadowRoot!.querySelectorAll('rect.stretch').length).toBeGreaterThan(0));
  },
};

/** The map, at any width. */
export const MapLayout: Story = {
  name: 'Map',
  args: { layout: 'map', step: MARCH_12, width: 800 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(elementOf(canvasElement).shadowRoot!.querySelectorAll('path.stretch').length).toBeGreaterThan(0));
  },
};

export const Miles: Story = {
  args: { units: 'mi2', step: MARCH_12 },
  play: reads('11 mi of the 29 mi road within drone range (39%)'),
};

export const Dark: Story = {
  args: { theme: 'dark', step: MARCH_12 },
  parameters: { backgrounds: { value: 'dark' } },
  decorators: [(story) => html`<div style="background:#15171b;padding:8px 16px">${story()}</div>`],
};

export const Narrow320: Story = {
  name: '320 px',
  args: { width: 320, step: MARCH_12 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(elementOf(canvasElement).shadowRoot!.querySelector('.road.strip')).not.toBeNull());
    await expect(elementOf(canvasElement).getBoundingClientRect().width).toBeLessThanOrEqual(320);
  },
};

export const Ukrainian: Story = {
  args: {
    lang: 'uk',
    step: MARCH_12,
    headline: 'Оточені, хоча дорогу не захопили',
    dek: 'Як російські дрони закрили головну дорогу із Сум до Суджі',
  },
  play: reads(/^18 км з 47 км дороги в зоні ураження дронами \(39%\)$/),
};

/** The convoys stand still until the reader presses play; `autoplay` would start them on screen. */
export const AnimationPaused: Story = {
  name: 'Animation paused',
  args: { step: MARCH_12, autoplay: false },
  play: async ({ canvasElement }) => {
    const button = await waitFor(async () => {
      const found = elementOf(canvasElement).shadowRoot!.querySelector('button.play');
      await expect(found).not.toBeNull();
      return found!;
    });
    await expect(button.getAttribute('aria-pressed')).toBe('false');
    await expect(elementOf(canvasElement).animation.running).toBe(false);
  },
};

/** With `autoplay`, the convoys start when the graphic is on screen and stop when it leaves. */
export const Autoplay: Story = {
  args: { step: MARCH_12, autoplay: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(elementOf(canvasElement).animation.frameCount).toBeGreaterThan(2));
  },
};

/** Under reduced motion: a still frame with the struck vehicle where it was hit, and no play button. */
export const ReducedMotion: Story = {
  args: { step: MARCH_12, autoplay: true, reducedMotion: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textIn(canvasElement, '.still-note')).toBe('Still picture: animation is off.'));
    await expect(elementOf(canvasElement).animation.frameCount).toBe(0);
  },
};

/** Every step, one under another. */
export const EachStep: Story = {
  args: { reducedMotion: true, controls: false },
  render: (args) =>
    html`${kursk.steps.map(
      (step, index) =>
        html`<section style="margin-bottom:24px">
          <h3 style="font:600 14px system-ui;margin:0">Step ${index}: ${step.date}</h3>
          ${render({ ...args, step: index, headline: '', dek: '' })}
        </section>`,
    )}`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('salient-supply-road')).toHaveLength(kursk.steps.length));
  },
};

/** What a CMS editor pastes: a short road and one step as a JSON child. */
export const JsonChild: Story = {
  args: {
    headline: 'Pasted into a CMS',
    json: JSON.stringify({
      road: {
        name: 'Yunakivka–Sudzha',
        waypoints: [
          { lon: 35.0385, lat: 51.1226, name: 'Yunakivka' },
          { lon: 35.1068, lat: 51.1445, name: 'Checkpoint', border: true, approximate: true },
          { lon: 35.2706, lat: 51.1914, name: 'Sudzha' },
        ],
      },
      steps: [
        {
          id: 'march-12',
          date: '2025-03-12',
          label: 'Fire control',
          positions: [{ lon: 35.19, lat: 51.205, rangeKm: 7, label: 'North of the road', approximate: true }],
          summary: 'Russian forces had fire control over the Yunakivka–Sudzha road.',
          sources: ['Suspilne via Kyiv Post'],
        },
      ],
    } satisfies SupplyRoadData),
  },
  play: reads(/within drone range/),
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

const broken = (change: (data: SupplyRoadData) => void) => {
  const copy = structuredClone(kursk);
  change(copy);
  return copy;
};

export const ErrorMalformedJson = errorStory({ json: '{"road": {"waypoints": [' }, /is not valid JSON/);
ErrorMalformedJson.name = 'Error: malformed JSON child';

export const ErrorSrc404 = errorStory({ src: './no-such-road.json' }, /Could not load data from .*HTTP 404/);
ErrorSrc404.name = 'Error: src that 404s';

export const ErrorNaN = errorStory(
  { data: broken((d) => (d.road.waypoints[2].lat = Number.NaN)) },
  /road\.waypoints\[2\]\.lat must be a finite number, got NaN/,
);
ErrorNaN.name = 'Error: NaN coordinate';

export const ErrorRange = errorStory(
  { data: broken((d) => (d.steps[1].positions[0].rangeKm = 0)) },
  /steps\[1\]\.positions\[0\]\.rangeKm must be more than 0 km/,
);
ErrorRange.name = 'Error: a range of 0 km';

export const ErrorOneWaypoint = errorStory(
  { data: broken((d) => d.road.waypoints.splice(1)) },
  /road\.waypoints must have at least 2 entries, got 1/,
);
ErrorOneWaypoint.name = 'Error: a road of one point';
