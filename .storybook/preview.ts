import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { useEffect } from 'storybook/preview-api';

/* ---------------------------------------------------------------- custom-elements.json -> autodocs */

// Written by `npm run manifest` (scripts/manifest.mjs). A glob, so a missing manifest degrades to "no autodocs"
// with a warning instead of breaking every story.
const manifests = import.meta.glob<{ default: Manifest }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;

interface Named { name?: string; [key: string]: unknown }
interface Member extends Named { kind?: string; privacy?: string; static?: boolean }
interface Declaration { members?: Member[]; slots?: Named[]; cssParts?: Named[]; [key: string]: unknown }
interface Manifest { modules?: { declarations?: Declaration[] }[]; [key: string]: unknown }

/**
 * Shapes the manifest for autodocs:
 * - public API only: no private/protected/static members, no `_internal` or `#private` fields (methods are skipped
 *   by Storybook anyway);
 * - autodocs keys every row by name, so a part or slot named like an attribute (`headline`) would replace the
 *   attribute's row: parts are listed as `::part(headline)`, slots as `slot="name"` and the default slot (whose name
 *   is "", which autodocs would skip) as `(default slot)`.
 */
function forAutodocs(m: Manifest): Manifest {
  const isPublic = (x: Member) =>
    x.kind === 'field' &&
    !x.static &&
    (x.privacy === undefined || x.privacy === 'public') &&
    !!x.name &&
    !x.name.startsWith('_') &&
    !x.name.startsWith('#');
  return {
    ...m,
    modules: (m.modules ?? []).map((mod) => ({
      ...mod,
      declarations: (mod.declarations ?? []).map((d) => ({
        ...d,
        ...(d.members ? { members: d.members.filter(isPublic) } : {}),
        ...(d.cssParts ? { cssParts: d.cssParts.map((p) => ({ ...p, name: `::part(${p.name})` })) } : {}),
        ...(d.slots ? { slots: d.slots.map((s) => ({ ...s, name: s.name ? `slot="${s.name}"` : '(default slot)' })) } : {}),
      })),
    })),
  };
}

/** Rows that document styling hooks, events and slots are not inputs: no "Set object" control for them. */
const DOC_ONLY = new Set(['css custom properties', 'css shadow parts', 'events', 'slots']);
type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
const docOnlyRowsWithoutControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([key, argType]) =>
      DOC_ONLY.has(String(argType.table?.category)) ? [key, { ...argType, control: false }] : [key, argType],
    ),
  );

if (manifest) setCustomElementsManifest(forAutodocs(manifest));
else console.warn('custom-elements.json is missing: run `npm run manifest` for autodocs.');

/* ---------------------------------------------------------------- theme toolbar */

const PAGE = {
  light: { background: '#ffffff', color: '#1a1a1a' },
  dark: { background: '#121212', color: '#ededed' },
} as const;

/**
 * The "Theme" toolbar: `auto` leaves stories as written (elements follow `prefers-color-scheme` unless a story sets
 * `theme`); `light` / `dark` paint the page like a light or dark host site and force `theme` on every Salient element
 * in the story; going back to `auto` restores what the story had.
 */
const withTheme: Decorator = (story, context) => {
  const theme = context.globals['theme'] as 'auto' | 'light' | 'dark' | undefined;
  useEffect(() => {
    const forced = theme === 'light' || theme === 'dark';
    const { style: rootStyle } = document.documentElement;
    const { style: bodyStyle } = document.body;
    rootStyle.colorScheme = forced ? theme : '';
    bodyStyle.background = forced ? PAGE[theme].background : '';
    bodyStyle.color = forced ? PAGE[theme].color : '';
    for (const el of context.canvasElement.querySelectorAll<HTMLElement>('*')) {
      if (!el.localName.startsWith('salient-')) continue;
      const saved = el.dataset['sbTheme'];
      if (forced) {
        if (saved === undefined) el.dataset['sbTheme'] = el.getAttribute('theme') ?? '';
        el.setAttribute('theme', theme);
      } else if (saved !== undefined) {
        if (saved) el.setAttribute('theme', saved);
        else el.removeAttribute('theme');
        delete el.dataset['sbTheme'];
      }
    }
  }, [theme]);
  return story();
};

/* ---------------------------------------------------------------- preview */

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme],
  argTypesEnhancers: [docOnlyRowsWithoutControls],
  globalTypes: {
    theme: {
      description: 'Host page theme for Salient elements',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'auto', title: 'Auto (follow the OS)' },
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'auto' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story is also an accessibility test: axe violations fail `npm run test:stories`.
    a11y: { test: 'error' },
    // Widths an embedded explainer must read at (DESIGN.md: 320 px to 1,280 px).
    viewport: {
      options: {
        mobile: { name: 'Phone 320', styles: { width: '320px', height: '640px' } },
        column: { name: 'Article column 640', styles: { width: '640px', height: '900px' } },
        wide: { name: 'Wide 1280', styles: { width: '1280px', height: '900px' } },
      },
    },
  },
};

export default preview;
