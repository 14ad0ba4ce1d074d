import { dateFormat } from '@salient/core';

/** The key moments of the operation, in the order they happened. `step` indexes the ones a dataset has. */
export type MomentId = 'entry' | 'halfway' | 'waiting' | 'emergence' | 'strikes';
export const MOMENT_IDS: readonly MomentId[] = ['entry', 'halfway', 'waiting', 'emergence', 'strikes'];

/**
 * What the column is doing: `before` the first groups go in, `crawling` through the pipe, `waiting` at the far
 * end, `emerged` near Sudzha.
 */
export type Phase = 'before' | 'crawling' | 'waiting' | 'emerged';
export const PHASES: readonly Phase[] = ['before', 'crawling', 'waiting', 'emerged'];

/**
 * How the ~20 s of playback are shared between the phases, whatever their real length: the crawl gets half, so
 * the movement can be followed; four days of waiting pass in a few seconds; the emergence and the strikes, hours
 * long, are slowed down to be seen. A phase the data leaves out gives its share to the others.
 */
export const PHASE_SHARE: Readonly<Record<Phase, number>> = { before: 0.08, crawling: 0.5, waiting: 0.17, emerged: 0.25 };

/** Playback of the whole story at speed 1, ms. */
export const PLAYBACK_MS = 20_000;
export const SPEEDS = [0.5, 1, 2] as const;

/** Moscow time, UTC+3 all year (Russia has kept no summer time since 2014): the times the sources give. */
export const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Parses an ISO 8601 date-time with an explicit offset (`2025-03-08T05:30+03:00`, or `Z`) to epoch ms, or NaN.
 * A time without an offset is refused: it would be read in the reader's own zone.
 */
export function parseTime(iso: unknown): number {
  if (typeof iso !== 'string') return NaN;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!match) return NaN;
  const [y, mo, d, h, mi] = match.slice(1, 6).map(Number);
  const s = match[6] ? Number(match[6]) : 0;
  if (h > 23 || mi > 59 || s > 59) return NaN;
  const calendar = new Date(Date.UTC(y, mo - 1, d));
  if (calendar.getUTCMonth() !== mo - 1 || calendar.getUTCDate() !== d) return NaN;
  return Date.parse(iso);
}

export interface TimelineInput {
  start: number;
  end: number;
  /** Key moments in order, each with its time (epoch ms). `entry` and `emergence` are needed. */
  moments: readonly { id: MomentId; time: number }[];
  /** Playback length at speed 1, ms. */
  duration?: number;
}

export interface Segment {
  phase: Phase;
  /** Story time, epoch ms. */
  from: number;
  to: number;
  /** Playback time at speed 1, ms from the start. */
  playFrom: number;
  playTo: number;
}

export interface Timeline {
  start: number;
  end: number;
  duration: number;
  moments: { id: MomentId; time: number }[];
  /** The four phases in order; a phase the data leaves out has zero length. */
  segments: Segment[];
  /** Route progress (0 at the entry, 1 at the far end) at story times: piecewise linear between these. */
  progress: { time: number; value: number }[];
}

/** Builds the mapping between story time, playback time and the column's progress from the data's moments. */
export function createTimeline(input: TimelineInput): Timeline {
  const { start, end } = input;
  const duration = input.duration ?? PLAYBACK_MS;
  const moments = input.moments.map(({ id, time }) => ({ id, time }));
  const at = (id: MomentId) => moments.find((moment) => moment.id === id)?.time;
  const clamp = (time: number) => Math.min(end, Math.max(start, time));
  const entry = clamp(at('entry') ?? start);
  const emergence = Math.max(entry, clamp(at('emergence') ?? end));
  const crawlEnd = Math.min(emergence, Math.max(entry, clamp(at('waiting') ?? emergence)));
  const bounds: [Phase, number, number][] = [
    ['before', start, entry],
    ['crawling', entry, crawlEnd],
    ['waiting', crawlEnd, emergence],
    ['emerged', emergence, end],
  ];
  const share = bounds.reduce((sum, [phase, from, to]) => sum + (to > from ? PHASE_SHARE[phase] : 0), 0) || 1;
  let play = 0;
  const segments = bounds.map(([phase, from, to]): Segment => {
    const length = to > from ? (PHASE_SHARE[phase] / share) * duration : 0;
    const segment = { phase, from, to, playFrom: play, playTo: play + length };
    play += length;
    return segment;
  });
  // The head of the column: at the entry when the crawl starts, half way at `halfway`, at the far end when the
  // waiting starts; it holds there while they wait and come out.
  const halfway = at('halfway');
  const progress = [
    { time: entry, value: 0 },
    ...(halfway !== undefined && halfway > entry && halfway < crawlEnd ? [{ time: halfway, value: 0.5 }] : []),
    { time: crawlEnd, value: 1 },
  ];
  return { start, end, duration, moments, segments, progress };
}

function lerp(x: number, x0: number, x1: number, y0: number, y1: number): number {
  return x1 > x0 ? y0 + ((x - x0) / (x1 - x0)) * (y1 - y0) : y1;
}

function segmentAt(timeline: Timeline, time: number): Segment {
  const { segments } = timeline;
  return segments.find((segment) => time < segment.to && segment.to > segment.from) ?? segments[segments.length - 1];
}

/** Story time (epoch ms) to playback time (ms from the start at speed 1). */
export function playbackAt(timeline: Timeline, time: number): number {
  if (time <= timeline.start) return 0;
  if (time >= timeline.end) return timeline.duration;
  const segment = segmentAt(timeline, time);
  return lerp(time, segment.from, segment.to, segment.playFrom, segment.playTo);
}

/** Playback time (ms from the start at speed 1) to story time (epoch ms). */
export function timeAt(timeline: Timeline, playback: number): number {
  if (playback <= 0) return timeline.start;
  if (playback >= timeline.duration) return timeline.end;
  const segment =
    timeline.segments.find((s) => playback < s.playTo && s.playTo > s.playFrom) ?? timeline.segments[timeline.segments.length - 1];
  return lerp(playback, segment.playFrom, segment.playTo, segment.from, segment.to);
}

export function phaseAt(timeline: Timeline, time: number): Phase {
  return segmentAt(timeline, Math.min(Math.max(time, timeline.start), timeline.end)).phase;
}

/** How far the head of the column has come, 0 (the entry) to 1 (the exit). */
export function progressAt(timeline: Timeline, time: number): number {
  const points = timeline.progress;
  if (time <= points[0].time) return 0;
  for (let i = 1; i < points.length; i++) {
    if (time < points[i].time) return lerp(time, points[i - 1].time, points[i].time, points[i - 1].value, points[i].value);
  }
  return 1;
}

/** The column's position as km from the entry, for a route `lengthKm` long (the low or the high estimate). */
export function kmAt(timeline: Timeline, time: number, lengthKm: number): number {
  return progressAt(timeline, time) * lengthKm;
}

/** Playback ms spent crawling up to a story time: drives the crawling figures, which move only while crawling. */
export function crawlingAt(timeline: Timeline, time: number): number {
  const crawl = timeline.segments[1];
  return Math.max(0, Math.min(playbackAt(timeline, time), crawl.playTo) - crawl.playFrom);
}

/** The key moment a story time belongs to: the last one at or before it (the first before any). */
export function momentIndexAt(timeline: Timeline, time: number): number {
  let index = 0;
  timeline.moments.forEach((moment, i) => {
    if (moment.time <= time) index = i;
  });
  return index;
}

/** The story time `step` jumps to. */
export function stepTime(timeline: Timeline, step: number): number {
  const moment = timeline.moments[Math.min(timeline.moments.length - 1, Math.max(0, Math.round(step)))];
  return moment?.time ?? timeline.start;
}

/** Story time after `elapsed` ms of playback at `speed`; the end when it runs past. */
export function advance(timeline: Timeline, time: number, elapsed: number, speed: number): number {
  return timeAt(timeline, playbackAt(timeline, time) + elapsed * speed);
}

export interface Clock {
  /** Day of the operation, 1 on the first day of the timeline (Moscow calendar). */
  day: number;
  /** "Tue, 4 March" in the reader's language. */
  date: string;
  /** "14:30", to the half hour below, 24-hour clock. */
  hour: string;
  /** Half hours since the start of the timeline, whole: changes when the clock's text does. */
  tick: number;
}

/** The clock's resolution, ms: half an hour (the sources' most precise time is 05:30). */
export const TICK_MS = HOUR / 2;

/** Day and time of a story time in Moscow time (UTC+3), formatted by Intl in the reader's language. */
export function clockAt(time: number, start: number, lang: string): Clock {
  const moscow = Math.floor((time + MOSCOW_OFFSET_MS) / TICK_MS) * TICK_MS;
  return {
    day: dayOf(time, start),
    date: dateFormat(lang, { weekday: 'short', day: 'numeric', month: 'long' }).format(moscow),
    hour: dateFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(moscow),
    tick: Math.floor((time - start) / TICK_MS),
  };
}

/** "8 March", Moscow calendar. */
export function formatDay(time: number, lang: string): string {
  return dateFormat(lang, { day: 'numeric', month: 'long' }).format(time + MOSCOW_OFFSET_MS);
}

/** Day of the operation of a time: 1 on the timeline's first day (Moscow calendar). */
export function dayOf(time: number, start: number): number {
  return Math.floor((time + MOSCOW_OFFSET_MS) / DAY) - Math.floor((start + MOSCOW_OFFSET_MS) / DAY) + 1;
}

/**
 * "8 March 2025": a moment's date in Moscow. Dates only: where the sources give no hour the data places the moment
 * at a round hour, which must not be shown as if it were reported.
 */
export function formatMoment(time: number, lang: string): string {
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(time + MOSCOW_OFFSET_MS);
}
