import { encirclement, pipeline, supplyRoad, territory } from '@salient/kursk-data';
import { startScrolly, type StepSource } from './scrolly.ts';
import { renderSources } from './sources.ts';
import { startThemeToggle } from './theme.ts';

/**
 * The datasets a scrolly section can name in `data-dataset`, with the date of each step so that text steps
 * can say which moment they discuss by date (`data-date`) instead of by a hard-coded index.
 */
export const datasets: Record<string, StepSource> = {
  territory: { data: territory, dates: territory.series.map((point) => point.date) },
  encirclement: { data: encirclement, dates: encirclement.frames.map((frame) => frame.date) },
};

/** The datasets an inline graphic (`<salient-… data-dataset=name>` outside a scrolly section) can name. */
export const inlineDatasets: Record<string, unknown> = { territory, encirclement, supplyRoad, pipeline };

/** Every dataset the article draws on, in the order the sources list credits them. */
export const articleDatasets: readonly unknown[] = [territory, encirclement, supplyRoad, pipeline];

/**
 * Wires up everything on the page that needs script: the theme toggle, every scrollytelling section, the inline
 * graphics' data and the sources list (in the page's language).
 */
export function startArticle(root: Document = document): () => void {
  const stops = [startThemeToggle(root)];
  for (const section of root.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    const name = section.dataset.dataset ?? '';
    const source = datasets[name];
    if (!source) {
      console.warn(`Scrolly section #${section.id || '?'}: no dataset named "${name}"`);
      continue;
    }
    stops.push(startScrolly(section, source));
  }
  for (const graphic of root.querySelectorAll<HTMLElement & { data?: unknown }>('[data-dataset]')) {
    if (!graphic.localName.startsWith('salient-') || graphic.closest('[data-scrolly]')) continue;
    const name = graphic.dataset.dataset ?? '';
    if (name in inlineDatasets) graphic.data = inlineDatasets[name];
    else console.warn(`<${graphic.localName}>: no dataset named "${name}"`);
  }
  const list = root.querySelector<HTMLElement>('[data-sources]');
  if (list) renderSources(list, articleDatasets, root.documentElement.lang || 'en');
  return () => stops.forEach((stop) => stop());
}
