#!/usr/bin/env node
// From each element package's custom-elements.json (npm run manifest): the API tables in its README (between
// <!-- api:start --> and <!-- api:end -->) and VS Code custom HTML data (vscode.html-custom-data.json, shipped in
// the package; point VS Code's "html.customData" at it). `--check` changes nothing and fails when a README is out
// of date (the manifest task runs it so), so the tables can never drift from the code.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

/** Markdown table cell: one line, pipes escaped. */
const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function elementsOf(manifest) {
  return manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
}

function apiMarkdown(element) {
  const attributes = new Map((element.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
  const fields = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public') && !m.name.startsWith('_'),
  );
  const sections = [
    `### \`<${element.tagName}>\``,
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      fields.map((f) => [
        code(attributes.get(f.name)?.name ?? ''),
        code(f.name),
        // The base class's data type parameter: each README's Data section describes the object.
        code(f.type?.text?.replace(/\bT\b/, 'object')),
        code(f.default),
        cell(f.description),
      ]),
    ),
    table(['Event', 'Description'], (element.events ?? []).map((e) => [code(e.name), cell(e.description)])),
    table(['CSS custom property', 'Description'], (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)])),
    table(['Part', 'Description'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
  ];
  return sections.filter(Boolean).join('\n\n');
}

/** Type aliases the elements use for attributes, spelled out so editors can offer the values. */
const ALIASES = { AreaUnit: "'km2' | 'mi2'", Theme: "'light' | 'dark' | 'auto'", StripLayout: "'map' | 'strip' | 'auto'" };

function vscodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: element.summary || element.description || '',
      attributes: (element.attributes ?? []).map((a) => {
        const type = ALIASES[a.type?.text] ?? a.type?.text ?? '';
        const values = /^('[^']*'\s*\|\s*)*'[^']*'$/.test(type)
          ? type.split('|').map((v) => ({ name: v.trim().slice(1, -1) }))
          : undefined;
        return { name: a.name, description: a.description ?? '', ...(values ? { values } : {}) };
      }),
    })),
  };
}

let stale = 0;
for (const dir of (await readdir(path.join(root, 'packages'))).sort()) {
  const pkg = path.join(root, 'packages', dir);
  let manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(pkg, 'custom-elements.json'), 'utf8'));
  } catch {
    continue; // no element in this package
  }
  const elements = elementsOf(manifest);
  if (elements.length === 0) continue;

  const readmePath = path.join(pkg, 'README.md');
  const readme = await readFile(readmePath, 'utf8').catch(() => '');
  if (!readme) {
    console.error(`packages/${dir} has an element but no README.md`);
    stale++;
    continue;
  }
  const generated = `${START}\n<!-- Generated from custom-elements.json by scripts/docs.mjs; edit the JSDoc, not this. -->\n\n${elements.map(apiMarkdown).join('\n\n')}\n\n${END}`;
  const next = readme.includes(START)
    ? readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), generated)
    : `${readme.trimEnd()}\n\n## API\n\n${generated}\n`;
  if (next !== readme) {
    if (check) {
      stale++;
      console.error(`packages/${dir}/README.md: API tables are out of date; run npm run docs`);
    } else {
      await writeFile(readmePath, next);
      console.log(`packages/${dir}/README.md: API tables written`);
    }
  }
  {
    // Generated in both modes: it is build output, shipped in the package.
    await writeFile(path.join(pkg, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(elements), null, 2)}\n`);
  }
}
if (stale) process.exit(1);
console.log(check ? 'API tables are up to date' : 'docs written');
