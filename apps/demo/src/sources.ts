/** A text as the datasets give it: one string, or one per language. */
type Text = string | Readonly<Record<string, string>>;

function pick(text: Text, lang: string): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

function isText(value: unknown): value is Text {
  return (
    typeof value === 'string' ||
    (typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length > 0 &&
      Object.values(value).every((v) => typeof v === 'string'))
  );
}

/**
 * Every credit a dataset gives, wherever it sits: the value of each `source` and each item of each `sources`, at
 * any depth, in the reader's language (`en`, `uk`), in the order first met, each once.
 */
export function collectSources(datasets: readonly unknown[], lang = 'en'): string[] {
  const primary = lang.toLowerCase().split('-')[0];
  const found = new Set<string>();
  const add = (value: unknown) => {
    if (isText(value)) {
      const text = pick(value, primary).replace(/\s+/g, ' ').trim();
      if (text) found.add(text);
    }
  };
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'source') add(child);
      else if (key === 'sources' && Array.isArray(child)) child.forEach(add);
      else walk(child);
    }
  };
  datasets.forEach(walk);
  return [...found];
}

/** Fills a list (`<ul data-sources>`) with one item per credit, as text. */
export function renderSources(list: HTMLElement, datasets: readonly unknown[], lang: string): void {
  list.replaceChildren(
    ...collectSources(datasets, lang).map((text) => {
      const item = list.ownerDocument.createElement('li');
      item.textContent = text;
      return item;
    }),
  );
}
