// A Vite plugin that minifies the CSS inside Lit's css`…` templates: comments out, whitespace folded. The
// minifier leaves template text alone, and these styles ship in every bundle a reader downloads.

/** Minifies the text of one css`…` template (no `${}` inside: those are left as they are). */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};>])\s*/g, '$1')
    .replace(/\s*,\s*/g, ',')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** @returns {import('vite').Plugin} */
export function minifyCssTemplates() {
  return {
    name: 'salient:minify-css-templates',
    transform(code, id) {
      if (!/\.styles\.ts$|[\\/]theme\.ts$/.test(id) || !code.includes('css`')) return null;
      // Comments may hold escaped backticks: drop them before finding where each template ends.
      const source = code.replace(/\/\*[\s\S]*?\*\//g, (comment) => (comment.includes('`') ? '' : comment));
      const out = source.replace(/css`((?:[^`\\]|\\.)*)`/g, (match, body) => {
        if (body.includes('${')) {
          return `css\`${body
            .split(/(\$\{[^}]*\})/)
            .map((part) => (part.startsWith('${') ? part : minifyCss(part)))
            .join(' ')}\``;
        }
        return `css\`${minifyCss(body)}\``;
      });
      return { code: out, map: null };
    },
  };
}
