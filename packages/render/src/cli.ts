/**
 * `salient-render`: renders a registered graphic without a browser (HTML, SVG) or through Chromium (PNG).
 * `main` returns the exit code: 0 done, 1 the data or the output failed, 2 a usage error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { allGraphics, attributeRules, commonAttributes, datasetNames } from '@salient/embed';
import { DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH, RenderOptionsError } from './html.js';
import { renderGraphic, type Format } from './index.js';

const FORMATS: readonly Format[] = ['html', 'svg', 'png'];

/** Every attribute any registered graphic takes becomes an option: `--headline "…"`, `--step 3`. */
function attributeNames(): string[] {
  return [...new Set([...Object.keys(commonAttributes), ...allGraphics().flatMap((g) => Object.keys(attributeRules(g)))])];
}

const BOOLEAN_ATTRIBUTES = new Set(['controls', 'reduced-motion']);

function usage(): string {
  const graphics = allGraphics().map((g) => `    ${g.name.padEnd(16)} <${g.tag}>, dataset "${g.dataset}": ${g.title}`);
  return `Usage: salient-render <graphic> [options]

Renders a Salient graphic to HTML with declarative shadow DOM (no script needed to show it), to a standalone SVG
(made in Node, no browser), or to a PNG (through Chromium): for print, social cards and <noscript> fallbacks.

Graphics:
${graphics.join('\n')}

Options:
  --format html|svg|png  output format (default: from --out's extension, else html)
  --out, -o FILE         write to FILE (default: standard output; PNG needs --out or a pipe)
  --width N              lay the graphic out N CSS pixels wide, ${MIN_WIDTH}–${MAX_WIDTH} (default ${DEFAULT_WIDTH})
  --dataset NAME         a dataset of @salient/kursk-data: ${datasetNames().join(', ')} (default: the graphic's own)
  --data FILE            the data as a JSON file ("-" for standard input); wins over --dataset
  --scale N              PNG only: device pixels per CSS pixel, 1–4 (default 1; 2 for print or social cards)
  --font FAMILY          the page font the text is set in (SVG, PNG)
  --hydratable           HTML only: keep Lit's hydration comments
  --attr NAME=VALUE      any attribute the graphic takes (repeatable)
  --${attributeNames().filter((n) => !BOOLEAN_ATTRIBUTES.has(n)).join(' VALUE, --')} VALUE
  --reduced-motion       attribute shorthands, checked like the embed page's parameters
  --list                 list the graphics as JSON
  --help, -h             this text

Examples:
  salient-render territory-bar --step 3 --width 640 > territory.html
  salient-render territory-bar --units mi2 --theme dark -o territory.svg
  salient-render territory-bar --data kursk.json --width 1200 --scale 2 -o card.png
`;
}

export async function main(argv: readonly string[], io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const options: ParseArgsConfig['options'] = {
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    width: { type: 'string' },
    dataset: { type: 'string' },
    data: { type: 'string' },
    scale: { type: 'string' },
    font: { type: 'string' },
    hydratable: { type: 'boolean' },
    attr: { type: 'string', multiple: true },
    list: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const name of attributeNames()) options[name] ??= { type: BOOLEAN_ATTRIBUTES.has(name) ? 'boolean' : 'string' };

  const fail = (message: string, code = 2) => {
    io.stderr.write(`salient-render: ${message}\n${code === 2 ? 'Run salient-render --help for usage.\n' : ''}`);
    return code;
  };

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    return fail((error as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) {
    io.stdout.write(usage());
    return 0;
  }
  if (values.list) {
    const list = allGraphics().map(({ tag, name, package: pkg, dataset, title, attributes }) => ({ tag, name, package: pkg, dataset, title, attributes }));
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const [graphic, ...extra] = parsed.positionals;
  if (!graphic) return fail('name a graphic, for example: salient-render territory-bar');
  if (extra.length) return fail(`unexpected argument “${extra[0]}”`);

  const out = values.out as string | undefined;
  const format = (values.format as string | undefined) ?? (out ? /\.(html|svg|png)$/i.exec(out)?.[1]?.toLowerCase() : undefined) ?? 'html';
  if (!FORMATS.includes(format as Format)) return fail(`--format must be one of ${FORMATS.join(', ')}`);
  if (format === 'png' && !out && io.stdout.isTTY) return fail('a PNG is not for a terminal: give --out FILE or pipe it');

  const number = (raw: unknown): number | null => {
    if (raw === undefined) return null;
    const n = Number(raw);
    return typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw.trim()) && Number.isFinite(n) ? n : NaN;
  };
  const width = number(values.width);
  if (Number.isNaN(width)) return fail('--width must be a number of pixels');
  const scale = number(values.scale);
  if (Number.isNaN(scale) || (scale !== null && (scale < 1 || scale > 4))) return fail('--scale must be a number from 1 to 4');

  const attributes: Record<string, string> = {};
  for (const name of attributeNames()) {
    const value = values[name];
    if (value === undefined) continue;
    attributes[name] = value === true ? '' : String(value);
  }
  for (const pair of (values.attr as string[] | undefined) ?? []) {
    const eq = pair.indexOf('=');
    if (eq < 1) return fail(`--attr takes NAME=VALUE, not “${pair}”`);
    attributes[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  if ('controls' in attributes) io.stderr.write('salient-render: controls ignored: a still picture has nothing to operate\n');

  let data: unknown;
  const dataFile = values.data as string | undefined;
  if (dataFile !== undefined) {
    let text: string;
    try {
      text = dataFile === '-' ? await readStream(io.stdin) : await readFile(dataFile, 'utf8');
    } catch (error) {
      return fail(`cannot read ${dataFile}: ${(error as Error).message}`, 1);
    }
    try {
      data = JSON.parse(text);
    } catch (error) {
      return fail(`${dataFile === '-' ? 'standard input' : dataFile} is not valid JSON: ${(error as Error).message}`, 1);
    }
  }

  try {
    const result = await renderGraphic({
      graphic,
      format: format as Format,
      attributes,
      ...(width !== null ? { width } : {}),
      ...(scale !== null ? { scale } : {}),
      ...(data !== undefined ? { data } : {}),
      ...(values.dataset !== undefined ? { dataset: String(values.dataset) } : {}),
      ...(values.font !== undefined ? { fontFamily: String(values.font) } : {}),
      ...(values.hydratable ? { hydratable: true } : {}),
    });
    if (result.error) return fail(`the data was refused: ${result.error}`, 1);
    if (out) {
      await writeFile(out, result.output);
      const size = result.size ? `, ${result.size.width}×${result.size.height} px` : '';
      io.stderr.write(`salient-render: wrote ${out} (${result.format}, <${result.graphic.tag}> at ${result.width} px${size})\n`);
    } else {
      io.stdout.write(result.output);
    }
    return 0;
  } catch (error) {
    if (error instanceof RenderOptionsError) return fail(error.message);
    return fail((error as Error).message, 1);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
