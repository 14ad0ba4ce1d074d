/** The reader's choice, kept in this browser only. */
export const THEME_KEY = 'salient-theme';

type Choice = 'light' | 'dark';

function stored(): Choice | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // Storage blocked: the toggle still works for this visit.
  }
}

function store(choice: Choice): void {
  try {
    localStorage.setItem(THEME_KEY, choice);
  } catch {
    // As above.
  }
}

/** Every Salient graphic on the page, whatever its tag. */
function graphics(root: Document): Element[] {
  return [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('salient-'));
}

/**
 * The page follows the reader's system setting (`prefers-color-scheme`) until they press the toggle; then it
 * keeps their choice: a `theme-light` or `theme-dark` class on the root element for the page's own styles, and
 * the `theme` attribute on every graphic. Returns a function that stops it.
 */
export function startThemeToggle(root: Document = document): () => void {
  const button = root.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const system = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  let choice = stored();

  const apply = () => {
    const html = root.documentElement;
    html.classList.toggle('theme-light', choice === 'light');
    html.classList.toggle('theme-dark', choice === 'dark');
    for (const graphic of graphics(root)) graphic.setAttribute('theme', choice ?? 'auto');
    const dark = choice ? choice === 'dark' : system?.matches === true;
    button?.setAttribute('aria-pressed', String(dark));
  };
  const toggle = () => {
    choice = button?.getAttribute('aria-pressed') === 'true' ? 'light' : 'dark';
    store(choice);
    apply();
  };

  apply();
  button?.addEventListener('click', toggle);
  system?.addEventListener('change', apply);
  return () => {
    button?.removeEventListener('click', toggle);
    system?.removeEventListener('change', apply);
  };
}
