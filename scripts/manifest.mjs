#!/usr/bin/env node
// Writes the Custom Elements Manifests that document Salient's elements.
//
//   packages/<pkg>/custom-elements.json   one per package that defines a custom element (paths relative to the
//                                         package, as published to npm)
//   custom-elements.json                  all of them merged (paths relative to the repo root); .storybook/preview.ts
//                                         feeds it to autodocs with setCustomElementsManifest
//
// Both are build output (gitignored). Run with `npm run manifest` (turbo task `//#manifest`).
//
// Each element package is analysed together with @salient/core's sources, so members, attributes, events, CSS
// properties and parts that an element inherits from a base class or mixin in core are resolved and flattened into
// the element's own declaration; only the package's own modules are then kept. This is the analyzer's `--litelement`
// mode (the same `create()` + Lit plugin the `cem analyze --litelement` CLI uses), called through its API so nothing
// rewrites package.json and so one run can cover every package.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { resolveModuleOrPackageSpecifier } from '@custom-elements-manifest/analyzer/src/utils/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packagesDir = path.join(root, 'packages');
/** Packages whose sources are analysed alongside every element package (shared base classes, mixins). */
const SHARED = ['core'];

const toPosix = (p) => p.split(path.sep).join('/');

/** `src/**\/*.ts` of one package, minus tests, stories, declarations and test helpers. */
function sourceFiles(dir) {
  const src = path.join(packagesDir, dir, 'src');
  if (!fs.existsSync(src)) return [];
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === 'test' || entry.name === '__tests__' || entry.name === 'node_modules') continue;
        walk(full);
      } else if (
        entry.name.endsWith('.ts') &&
        !entry.name.endsWith('.d.ts') &&
        !/\.(test|spec|stories)\.ts$/.test(entry.name)
      ) {
        out.push(toPosix(path.relative(root, full)));
      }
    }
  };
  walk(src);
  return out.sort();
}

function packageName(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(packagesDir, dir, 'package.json'), 'utf8')).name ?? dir;
  } catch {
    return dir;
  }
}

/**
 * Elements register through @salient/core's guard, `defineElement('salient-x', SalientX)`, not a bare
 * `customElements.define`, which is all the analyzer recognises. Record those calls as custom-element definitions
 * too, so the class gets its `tagName` (and Storybook finds it by tag).
 */
function defineElementPlugin() {
  return {
    name: 'SALIENT - defineElement() calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(ctor)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: ctor.text, ...resolveModuleOrPackageSpecifier(moduleDoc, context, ctor.text) },
        },
      ];
    },
  };
}

function analyse(files) {
  const modules = files.map((file) =>
    ts.createSourceFile(file, fs.readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.ES2015, true),
  );
  return create({ modules, plugins: [...litPlugin(), defineElementPlugin()], context: { dev: false, thirdPartyCEMs: [] } });
}

/**
 * Rewrites every `module` reference so it is relative to the package that owns it: the package's own modules lose
 * the `packages/<dir>/` prefix; references into another workspace package become `{ package, module }`.
 */
function relocate(value, ownDir, names) {
  if (Array.isArray(value)) return value.map((v) => relocate(v, ownDir, names));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) out[key] = relocate(v, ownDir, names);
  if (typeof out.module === 'string') {
    const m = /^\/?packages\/([^/]+)\/(.*)$/.exec(out.module);
    if (m) {
      out.module = m[2];
      if (m[1] !== ownDir) out.package = names.get(m[1]) ?? m[1];
    }
  }
  return out;
}

/** A declaration registered under a tag name (base classes and mixins are `customElement` but have no tag). */
/** `import './x.js'` in TypeScript means the module src/x.ts: point references at the module that is in the manifest. */
function fixJsSpecifiers(modules) {
  const paths = new Set(modules.map((m) => m.path));
  const fix = (value) => {
    if (Array.isArray(value)) return value.map(fix);
    if (!value || typeof value !== 'object') return value;
    const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fix(v)]));
    if (typeof out.module === 'string' && !out.package && out.module.endsWith('.js')) {
      const ts = out.module.replace(/\.js$/, '.ts');
      if (paths.has(ts)) out.module = ts;
    }
    return out;
  };
  return fix(modules);
}

const isElement = (decl) => typeof decl.tagName === 'string' && decl.tagName.length > 0;

const dirs = fs
  .readdirSync(packagesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const names = new Map(dirs.map((d) => [d, packageName(d)]));
const sharedFiles = SHARED.flatMap(sourceFiles);

const merged = { schemaVersion: '1.0.0', readme: '', modules: [] };
const summary = [];

for (const dir of dirs) {
  const own = sourceFiles(dir);
  if (own.length === 0) continue;
  const prefix = `packages/${dir}/`;
  const files = [...new Set([...own, ...sharedFiles])];
  const manifest = analyse(files);
  const ownModules = manifest.modules.filter((m) => m.path.startsWith(prefix));
  const elements = ownModules.flatMap((m) => (m.declarations ?? []).filter(isElement));
  const target = path.join(packagesDir, dir, 'custom-elements.json');
  if (elements.length === 0) {
    // Not an element package (core, data, the bundle): no manifest; remove a stale one.
    fs.rmSync(target, { force: true });
    continue;
  }
  merged.modules.push(...ownModules);
  const modules = fixJsSpecifiers(relocate(ownModules, dir, names).map((m) => ({ ...m, path: m.path.slice(prefix.length) })));
  const local = { schemaVersion: manifest.schemaVersion, readme: '', modules };
  fs.writeFileSync(target, `${JSON.stringify(local, null, 2)}\n`);
  merged.schemaVersion = manifest.schemaVersion;
  for (const el of elements) {
    const count = (k) => (el[k] ?? []).length;
    summary.push(
      `  <${el.tagName}> ${names.get(dir)}: ${count('attributes')} attributes, ` +
        `${(el.members ?? []).filter((m) => m.kind === 'field').length} fields, ${count('events')} events, ` +
        `${count('cssProperties')} CSS properties, ${count('cssParts')} parts, ${count('slots')} slots`,
    );
  }
}

fs.writeFileSync(path.join(root, 'custom-elements.json'), `${JSON.stringify(merged, null, 2)}\n`);
console.log(
  summary.length
    ? `custom-elements.json written for ${summary.length} element(s):\n${summary.join('\n')}`
    : 'custom-elements.json written: no custom elements found under packages/*/src yet.',
);
