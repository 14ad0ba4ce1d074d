import { territory } from '@salient/kursk-data';
import { startScrolly, type StepSource } from './scrolly.ts';
import { startThemeToggle } from './theme.ts';

/**
 * The datasets a scrolly section can name in `data-dataset`, with the date of each step so that text steps
 * can say which moment they discuss by date (`data-date`) instead of by a hard-coded index.
 * Later sections of the explainer (the encirclement, the supply road, the pipeline) add theirs here.
 */
export const datasets: Record<string, StepSource> = {
  territory: { data: territory, dates: territory.series.map((point) => point.date) },
};

/** Wires up everything on the page that needs script: the theme toggle and every scrollytelling section. */
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
  return () => stops.forEach((stop) => stop());
}
