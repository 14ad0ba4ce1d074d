import { describe, expect, it } from 'vitest';
import { minifyCss, minifyCssTemplates } from '../minify-css.mjs';

describe('the css`…` minifier the bundles are built with', () => {
  it('drops comments and folds whitespace, keeping descendant combinators and values intact', () => {
    const css = `
      /* why: a note */
      :host {
        --_fs: var(--salient-font-size, 16px);
        display: block;
      }
      .controls :focus-visible , .a > .b {
        font: 400 calc(0.85 * var(--_fs)) / 1.2 serif;
      }
      @container (max-width: 480px) { .x { order: -1; } }`;
    expect(minifyCss(css)).toBe(
      ':host{--_fs:var(--salient-font-size,16px);display:block}.controls :focus-visible,.a>.b{font:400 calc(0.85 * var(--_fs)) / 1.2 serif}@container (max-width:480px){.x{order:-1}}',
    );
  });

  it('minifies every css template of a styles module, comments with backticks and ${} parts included', () => {
    const plugin = minifyCssTemplates() as unknown as { transform: (code: string, id: string) => { code: string } | null };
    const source = 'import { css } from "lit";\nexport const a = css`\n  /* `* { x }` */\n  p {\n    margin: 0;\n  }\n`;\nexport const b = css`:host { ${light} color: red; }`;\n';
    const out = plugin.transform(source, '/x/y.styles.ts')!.code;
    expect(out).toContain('css`p{margin:0}`');
    expect(out).toContain('css`:host{ ${light} color:red}`');
    expect(plugin.transform(source, '/x/y.ts')).toBeNull();
  });
});
