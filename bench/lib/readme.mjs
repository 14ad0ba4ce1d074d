// Replaces the text between the bench-results markers in the repository's README, and nothing else.
import { readFile, writeFile } from 'node:fs/promises';

const START = '<!-- bench-results:start -->';
const END = '<!-- bench-results:end -->';

export async function updateReadme(file, text) {
  const readme = await readFile(file, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${file}: no ${START} … ${END} region`);
  await writeFile(file, `${readme.slice(0, start + START.length)}\n${text}\n${readme.slice(end)}`);
}
