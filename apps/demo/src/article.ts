import { territory } from '@salient/kursk-data/territory';
import { whenNearReader } from './lazy.ts';
import { startScrolly, type StepSource } from './scrolly.ts';
import { renderSources } from './sources.ts';
import { startThemeToggle } from './theme.ts';

/**
 * The datasets the article can name in `data-dataset`. The territory series is small and drawn first, so it is
 * in the page's own bundle; the others (the map's outlines above all) load as their graphic comes near.
 */
export const datasets: Record<string, () => Promise<unknown>> = {
  territory: () => Promise.resolve(territory),
  encirclement: () => import('@salient/kursk-data/encirclement').then((m) => m.encirclement),
  supplyRoad: () => import('@salient/kursk-data/supply-road').then((m) => m.supplyRoad),
  pipeline: () => import('@salient/kursk-data/pipeline').then((m) => m.pipeline),
};

/**
 * The elements below the fold, defined when one of them comes near: until then their code is not even
 * downloaded. <salient-territory-bar> is defined by main.ts up front: it is the first graphic.
 */
export const definitions: Record<string, () => Promise<unknown>> = {
  'salient-encirclement': () => import('@salient/encirclement/define'),
  'salient-supply-road': () => import('@salient/supply-road/define'),
  'salient-pipeline': () => import('@salient/pipeline/define'),
};

/** The dates of a stepped dataset's steps, so text steps can name their moment by date (`data-date`). */
export function stepDates(data: unknown): readonly string[] {
  const d = data as { series?: { date: string }[]; frames?: { date: string }[]; steps?: { date: string }[] };
  return (d.series ?? d.frames ?? d.steps ?? []).map((point) => point.date);
}

/** Every dataset the article draws on, in the order the sources list credits them. */
export const articleDatasets = ['territory', 'encirclement', 'supplyRoad', 'pipeline'] as const;

const define = (tag: string): Promise<unknown> => definitions[tag]?.() ?? Promise.resolve();

/**
 * Wires up everything on the page that needs script: the theme toggle at once; each scrollytelling section,
 * each inline graphic and the sources list as it comes near the reader (its element's code and its data load
 * then). Returns a function that stops it all.
 */
export function startArticle(root: Document = document): () => void {
  const stops = [startThemeToggle(root)];
  let stopped = false;
  const later = (target: Element, start: () => Promise<(() => void) | void>) =>
    stops.push(
      whenNearReader(target, () => {
        start()
          .then((stop) => (stopped ? stop?.() : stop && stops.push(stop)))
          .catch((error: Error) => console.warn(`Could not load ${target.id || target.localName}: ${error.message}`));
      }),
    );

  for (const section of root.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    const name = section.dataset.dataset ?? '';
    const load = datasets[name];
    if (!load) {
      console.warn(`Scrolly section #${section.id || '?'}: no dataset named "${name}"`);
      continue;
    }
    const tag = section.querySelector('.scrolly__graphic > *')?.localName ?? '';
    later(section, async () => {
      const [data] = await Promise.all([load(), define(tag)]);
      const source: StepSource = { data, dates: stepDates(data) };
      return startScrolly(section, source);
    });
  }
  for (const graphic of root.querySelectorAll<HTMLElement & { data?: unknown }>('[data-dataset]')) {
    if (!graphic.localName.startsWith('salient-') || graphic.closest('[data-scrolly]')) continue;
    const load = datasets[graphic.dataset.dataset ?? ''];
    if (!load) {
      console.warn(`<${graphic.localName}>: no dataset named "${graphic.dataset.dataset ?? ''}"`);
      continue;
    }
    later(graphic, async () => {
      const [data] = await Promise.all([load(), define(graphic.localName)]);
      graphic.data = data;
    });
  }
  // Graphics that carry their own data (a JSON child) only need their code.
  for (const graphic of root.querySelectorAll<HTMLElement>(Object.keys(definitions).join(','))) {
    if (!graphic.hasAttribute('data-dataset') && !graphic.closest('[data-scrolly]')) later(graphic, () => define(graphic.localName).then(() => {}));
  }
  const list = root.querySelector<HTMLElement>('[data-sources]');
  if (list) {
    later(list, async () => {
      renderSources(list, await Promise.all(articleDatasets.map((name) => datasets[name]())), root.documentElement.lang || 'en');
    });
  }
  return () => {
    stopped = true;
    stops.forEach((stop) => stop());
  };
}
