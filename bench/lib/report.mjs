// The results as markdown: the tables of results/latest.md, the verdicts against our aims, and the README region.
import { machineLine, wasBusy } from './machine.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (n) => (n == null ? '–' : `${Math.round(n)} ms`);
const ms1 = (n) => (n == null ? '–' : `${n.toFixed(1)} ms`);
const range = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const range1 = (s) => `${ms1(s.median)} (${ms1(s.min)}–${ms1(s.max)})`;
const tag = (label) => (label.startsWith('<') ? `\`${label}\`` : label);

function headToHead(results, bytes, contenders, changeName) {
  const rows = contenders.map((c) => {
    const r = results[c.name];
    const name = c.ours ? `**${tag(c.label)}**` : tag(c.label);
    return `| ${name} | ${c.output} | ${kb(bytes[c.name].min)} | ${kb(bytes[c.name].gzip)} | ${range(r.firstRender)} | ${ms(r.afterResponse.median)} | ${range1(r.change)} |`;
  });
  return [
    `| contender | draws | bundle, min | min + gzip | first render: median (min–max) | of which after the HTML arrived | ${changeName}: median (min–max) |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function animationTable(animation, animated) {
  const rows = [];
  for (const a of animated) {
    for (const [key, s] of Object.entries(animation[a.name])) {
      const cpu = key === 'x1' ? 'normal' : `${key.slice(1)}× slower`;
      rows.push(`| ${tag(a.label)} | ${cpu} | ${s.fps} | ${ms1(s.frameTime.p50)} | ${ms1(s.frameTime.p95)} | ${ms1(s.frameTime.p99)} | ${s.droppedShare}% | ${s.longTasks}${s.longTasks ? ` (longest ${ms(s.longestTask)})` : ''} | ${s.work ? ms1(s.work.p95) : '–'} |`);
    }
  }
  return [
    '| element | CPU | fps | frame p50 | p95 | p99 | dropped frames | long tasks | element\'s own work per frame, p95 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function weightTable(weight) {
  return [
    '| bundle | min | min + gzip | budget (min + gzip) |',
    '| --- | ---: | ---: | ---: |',
    ...weight.map((w) => `| \`${w.file}\`: ${w.what.replace(/<[a-z-]+>/, (t) => `\`${t}\``)} | ${kb(w.min)} | ${kb(w.gzip)} | ${w.budget ?? '–'} |`),
  ].join('\n');
}

/** Where we stand against each aim, in words, honest either way. */
export function verdicts(r) {
  const out = [];
  const ours = r.territory.contenders.find((c) => c.ours);
  const peers = r.territory.contenders.filter((c) => !c.ours);
  const t = r.territory.results;
  const b = r.territory.bytes;
  const heavier = peers.filter((p) => b[p.name].gzip <= b[ours.name].gzip);
  out.push(heavier.length
    ? `Size: **not** ahead of every peer: ${heavier.map((p) => `${p.label} ${kb(b[p.name].gzip)}`).join(', ')} against our ${kb(b[ours.name].gzip)} (min + gzip).`
    : `Size: ahead of every peer (${kb(b[ours.name].gzip)} min + gzip; the lightest peer, ${lightest(peers, b).label}, ${kb(b[lightest(peers, b).name].gzip)}).`);
  const faster = peers.filter((p) => t[p.name].firstRender.median <= t[ours.name].firstRender.median);
  out.push(faster.length
    ? `First render: **not** ahead of every peer: ${faster.map((p) => `${p.label} ${ms1(t[p.name].firstRender.median)}`).join(', ')} as fast or faster than our ${ms1(t[ours.name].firstRender.median)} (medians).`
    : `First render: ahead of every peer (median ${ms(t[ours.name].firstRender.median)}).`);
  const m = r.map.results;
  out.push(`Map: \`<salient-encirclement>\` ${ms(m.salient.firstRender.median)} first render and ${ms1(m.salient.change.median)} per frame change, plain d3-geo ${ms(m['d3-geo'].firstRender.median)} and ${ms1(m['d3-geo'].change.median)} (it draws less: see below).`);
  for (const a of r.animation.elements) {
    for (const [key, s] of Object.entries(r.animation.results[a.name])) {
      const cpu = key === 'x1' ? 'normal CPU' : `CPU ${key.slice(1)}× slower`;
      const ok = s.fps >= 59 && s.longTasks === 0;
      out.push(`${tag(a.label)}, ${cpu}: ${ok ? '' : '**'}${s.fps} fps, ${s.longTasks} long task${s.longTasks === 1 ? '' : 's'}${ok ? '' : '**'}${ok ? ' (aim met)' : ' (aim: 60 fps, none)'}.`);
    }
  }
  const s = r.scale;
  out.push(`100 graphics: all rendered at ${ms(s.allRendered.median)} (median) after navigation start (${ms(s.fromScript.median)} after our script started), the ${s.drawnAtFirst?.median ?? '?'} near the reader drawn: ${s.allRendered.median < 250 ? 'under' : '**over**'} the 250 ms aim; the other ${100 - (s.drawnAtFirst?.median ?? 0)} drawn in idle time by ${s.allDrawn ? ms(s.allDrawn.median) : '?'}.`);
  out.push(`Off screen: ${s.idle.offScreenRunning} of ${s.idle.offScreen} off-screen animations running, ${s.idle.offScreenFrames} frames run by them in ${s.idle.seconds} s${s.idle.offScreenRunning || s.idle.offScreenFrames ? ' (**aim not met**)' : ' (they cost nothing)'}.`);
  out.push(`Scrolling the 100-graphic page at ${s.scroll.speed} px/s: ${s.scroll.fps < 59 ? '**' : ''}${s.scroll.fps} fps${s.scroll.fps < 59 ? '**' : ''}, frame p95 ${ms1(s.scroll.frameTime.p95)}, ${s.scroll.longTasks} long tasks${s.scroll.longTasks ? ` (longest ${ms(s.scroll.longestTask)})` : ''}.`);
  return out;
}

const lightest = (peers, b) => peers.reduce((best, p) => (b[p.name].gzip < b[best.name].gzip ? p : best));

const when = (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const busy = (m) => (wasBusy(m)
  ? ' **The machine was busy (load average above 1.5 at the start, or the CPU check a third slower at the end): timings are worse and noisier than on an idle machine.**'
  : '');

/** results/latest.md */
export function markdown(r) {
  const s = r.scale;
  return `# Benchmark results

${when(r.date)}, ${r.quick ? '**quick run (BENCH_QUICK=1): few iterations, not for comparison**' : 'full run'}, ${Math.round(r.seconds)} s in all.
Machine: ${machineLine(r.machine)}.${busy(r.machine)}

## Where we stand

${verdicts(r).map((v) => `- ${v}`).join('\n')}

## Territory bar against peers

The same chart in each: title, value, date line, track, value bar, peak and Kyiv (city) markers with labels, 640 px
wide, from the Kursk territory series (13 March 2025, 140 km²). First render: ${r.params.loads} fresh page loads each,
interleaved; a data change: ${r.params.changes} each (switching between 13 March and 1 April 2025). \`<salient-territory-bar>\`
draws more than the peers: the disputed range's whiskers, the notes, the credit, an accessible summary and data table.

${headToHead(r.territory.results, r.territory.bytes, r.territory.contenders, 'data change')}

## The map

\`<salient-encirclement>\` against plain d3-geo drawing the 13 March 2025 frame at 640 px (the change: to 6 March and
back, ${r.params.changes} times; the element under \`reduced-motion\`, so it draws the new frame at once rather than morphing
for 700 ms). The d3-geo page draws the oblasts, border, held area, previous outline, advances and places; it leaves
out what the element adds: label collision avoidance, the corridor, scale bar, legend, arrows' key, reported-area
line, and the accessible summary and table. Bundles include the map data (about 40 kB of it gzip) in both.

${headToHead(r.map.results, r.map.bytes, r.map.contenders, 'frame change')}

## Animations

${r.params.seconds} s of playback each at 1,000 px, at normal speed and with the CPU throttled 4× (CDP
\`Emulation.setCPUThrottlingRate\`). Frame times are the intervals between animation frames; a frame is dropped when its
interval is over 25 ms; long tasks are main-thread tasks over 50 ms.

${animationTable(r.animation.results, r.animation.elements)}

## 100 graphics on a page

25 of each element in one 640 px column, all given their data at load (${s.allRendered.n} loads).

- All rendered and painted: ${range(s.allRendered)} after navigation start; ${range(s.fromScript)} after our script started. Graphics far from the reader render only their frame and reserved height; their drawing, summary and table come when the reader comes near or the page is idle: ${s.drawnAtFirst ? range(s.drawnAtFirst).replace(/ ms/g, '') : '?'} drawn at first; all 100 drawn by ${s.allDrawn ? range(s.allDrawn) : '?'}.
- Off screen, reader at the top, over ${s.idle.seconds} s: ${s.idle.offScreenRunning} of ${s.idle.offScreen} off-screen animation loops running, ${s.idle.offScreenFrames} frames run by them; on screen ${s.idle.onScreen} animated (${s.idle.onScreenRunning} running). Main thread busy ${s.idle.busyMsPerSecond} ms/s in all, script ${s.idle.scriptMsPerSecond} ms/s.
- Scrolling down at ${s.scroll.speed} px/s for ${s.scroll.seconds} s (${s.scroll.graphicsReached} of 100 graphics reached): ${s.scroll.fps} fps, frame p50 ${ms1(s.scroll.frameTime.p50)}, p95 ${ms1(s.scroll.frameTime.p95)}, p99 ${ms1(s.scroll.frameTime.p99)}, ${s.scroll.droppedShare}% dropped, ${s.scroll.longTasks} long tasks${s.scroll.longTasks ? ` (longest ${ms(s.scroll.longestTask)})` : ''}.

## Weight

The built bundles in \`packages/elements/dist\` (Lit and every dependency included; gzip level 9).

${weightTable(r.weight)}
`;
}

/** The README's region: the head-to-head table, where we stand, and the machine. */
export function readmeRegion(r) {
  return `Latest run, ${when(r.date)} (full results, the map, animations, 100 graphics and weights: [bench/results/latest.md](bench/results/latest.md); method: [bench/README.md](bench/README.md)):

${headToHead(r.territory.results, r.territory.bytes, r.territory.contenders, 'data change')}

![Bundle size and first render of the territory bar against peers](bench/results/comparison.svg)

${verdicts(r).map((v) => `- ${v}`).join('\n')}

Machine: ${machineLine(r.machine)}.${busy(r.machine)}`;
}
