import { observeSteps, parseIsoDate } from '@salient/core';

/** A dataset for a stepped graphic, and the date of each of its steps, oldest first. */
export interface StepSource {
  data: unknown;
  dates: readonly string[];
}

/** What a scrolly section drives: any Salient graphic (they all take `data` and `step`). */
type SteppedGraphic = HTMLElement & { data?: unknown; step?: number };

/**
 * Where the trigger line sits, as a fraction of the viewport from the top. On narrow screens the graphic fills
 * about the top half of the screen, so a step takes over as it reaches the graphic's lower edge.
 */
export const TRIGGER_OFFSET = 0.5;

/**
 * The step that shows the moment a text discusses: the last one dated on or before `date`, so a text about
 * 13 March shows the 13 March figure, and one about a day with no figure shows the latest figure before it.
 * A date before every step, or one that does not parse, gives -1.
 */
export function stepForDate(dates: readonly string[], date: string): number {
  const target = parseIsoDate(date);
  if (Number.isNaN(target)) return -1;
  let found = -1;
  dates.forEach((d, i) => {
    if (parseIsoDate(d) <= target) found = i;
  });
  return found;
}

/**
 * Scrollytelling for one section: gives its graphic the data, writes each text step's `data-step` from its
 * `data-date`, and sets the graphic's `step` to that of the step at the reader's position. Returns a function
 * that stops it.
 */
export function startScrolly(section: HTMLElement, source: StepSource): () => void {
  const graphic = [...section.querySelectorAll<SteppedGraphic>('.scrolly__graphic > *')].find((element) =>
    element.localName.startsWith('salient-'),
  );
  const steps = [...section.querySelectorAll<HTMLElement>('.step[data-date]')];
  if (!graphic || steps.length === 0) {
    console.warn('Scrolly section without a graphic or steps', section);
    return () => {};
  }
  for (const step of steps) {
    const index = stepForDate(source.dates, step.dataset.date ?? '');
    if (index === -1) console.warn(`Step dated "${step.dataset.date}" is before the data or not a date`);
    step.dataset.step = String(Math.max(0, index));
  }

  graphic.data = source.data;
  const activate = (step: Element) => {
    graphic.step = Number((step as HTMLElement).dataset.step);
    for (const other of steps) other.classList.toggle('is-active', other === step);
  };
  // Before the reader reaches the steps the graphic already shows the first step's moment.
  activate(steps[0]);

  return observeSteps(steps, (_index, step) => activate(step), { offset: TRIGGER_OFFSET });
}
