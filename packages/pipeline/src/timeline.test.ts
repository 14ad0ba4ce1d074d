import { describe, expect, it } from 'vitest';
import { pipeline } from '@salient/kursk-data';
import { timelineOf } from './describe.js';
import { sample } from './test/sample.js';
import {
  PHASE_SHARE,
  PLAYBACK_MS,
  advance,
  clockAt,
  crawlingAt,
  createTimeline,
  dayOf,
  formatDay,
  formatMoment,
  kmAt,
  momentIndexAt,
  parseTime,
  phaseAt,
  playbackAt,
  progressAt,
  stepTime,
  timeAt,
} from './timeline.js';

const HOUR = 3_600_000;
const at = (iso: string) => parseTime(iso);
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

// The sample: start 2 Mar 00:00, entry 2 Mar 06:00, halfway 3 Mar 06:00, waiting 4 Mar 06:00, emergence
// 8 Mar 05:30, strikes 8 Mar 07:00, end 8 Mar 12:00, all Moscow time.
const timeline = timelineOf(sample);

describe('parseTime', () => {
  it('reads ISO date-times with an offset, to the millisecond', () => {
    expect(at('2025-03-08T05:30+03:00')).toBe(Date.UTC(2025, 2, 8, 2, 30));
    expect(at('2025-03-08T05:30:00+03:00')).toBe(Date.UTC(2025, 2, 8, 2, 30));
    expect(at('2025-03-08T02:30:00.000Z')).toBe(Date.UTC(2025, 2, 8, 2, 30));
  });

  it.each(['2025-03-08T05:30', '2025-03-08', '2025-02-30T00:00+03:00', '2025-03-08T24:00+03:00', '8 March', '', null, 5])(
    'refuses %j',
    (value) => expect(parseTime(value)).toBeNaN(),
  );
});

describe('createTimeline: story time onto ~20 s of playback', () => {
  it('splits the story into before, crawling, waiting and emerged at the data’s moments', () => {
    expect(timeline.segments.map((s) => [s.phase, s.from, s.to])).toEqual([
      ['before', at('2025-03-02T00:00+03:00'), at('2025-03-02T06:00+03:00')],
      ['crawling', at('2025-03-02T06:00+03:00'), at('2025-03-04T06:00+03:00')],
      ['waiting', at('2025-03-04T06:00+03:00'), at('2025-03-08T05:30+03:00')],
      ['emerged', at('2025-03-08T05:30+03:00'), at('2025-03-08T12:00+03:00')],
    ]);
  });

  it('gives each phase its share of 20 s at speed 1, whatever its length in days', () => {
    expect(timeline.duration).toBe(PLAYBACK_MS);
    const lengths = timeline.segments.map((s) => s.playTo - s.playFrom);
    expect(lengths[0]).toBeCloseTo(PHASE_SHARE.before * 20_000, 6);
    expect(lengths[1]).toBeCloseTo(10_000, 6); // two days of crawling: half the playback
    expect(lengths[2]).toBeCloseTo(3_400, 6); // four days of waiting: under four seconds
    expect(lengths[3]).toBeCloseTo(5_000, 6); // six and a half hours out: slowed down to be seen
    expect(timeline.segments[3].playTo).toBeCloseTo(20_000, 6);
  });

  it('hands a missing phase’s share to the others', () => {
    const noBefore = createTimeline({
      start: at('2025-03-02T06:00+03:00'),
      end: at('2025-03-08T12:00+03:00'),
      moments: [
        { id: 'entry', time: at('2025-03-02T06:00+03:00') },
        { id: 'emergence', time: at('2025-03-08T05:30+03:00') },
      ],
    });
    expect(noBefore.segments[0].playTo - noBefore.segments[0].playFrom).toBe(0);
    // No `waiting` moment: the crawl runs up to the emergence, and there is no waiting phase.
    expect(noBefore.segments[2].to - noBefore.segments[2].from).toBe(0);
    expect(noBefore.segments[1].playTo - noBefore.segments[1].playFrom).toBeCloseTo((0.5 / 0.75) * 20_000, 6);
  });
});

describe('time and playback', () => {
  it('maps story time to playback and back', () => {
    for (let hours = 0; hours <= 156; hours += 7) {
      const time = timeline.start + hours * HOUR;
      expect(timeAt(timeline, playbackAt(timeline, time))).toBeCloseTo(time, -1);
    }
    expect(playbackAt(timeline, timeline.start - HOUR)).toBe(0);
    expect(playbackAt(timeline, timeline.end + HOUR)).toBe(20_000);
    expect(timeAt(timeline, 25_000)).toBe(timeline.end);
  });

  it('is monotonic: playback never runs backwards', () => {
    let last = -1;
    for (let ms = 0; ms <= 20_000; ms += 50) {
      const time = timeAt(timeline, ms);
      expect(time).toBeGreaterThanOrEqual(last);
      last = time;
    }
  });

  it('runs the crawl at a steady pace: 1 s of playback is 4.8 hours of the two days', () => {
    const entry = at('2025-03-02T06:00+03:00');
    expect(advance(timeline, entry, 1000, 1) - entry).toBeCloseTo(4.8 * HOUR, -2);
    expect(advance(timeline, entry, 1000, 2) - entry).toBeCloseTo(9.6 * HOUR, -2);
    expect(advance(timeline, entry, 1000, 0.5) - entry).toBeCloseTo(2.4 * HOUR, -2);
  });

  it('stops at the end', () => {
    expect(advance(timeline, timeline.end - HOUR, 60_000, 2)).toBe(timeline.end);
  });
});

describe('position along the route', () => {
  it('starts at the entry, is half way at `halfway`, reaches the far end when the waiting starts and holds', () => {
    expect(progressAt(timeline, timeline.start)).toBe(0);
    expect(progressAt(timeline, at('2025-03-02T06:00+03:00'))).toBe(0);
    expect(progressAt(timeline, at('2025-03-02T18:00+03:00'))).toBeCloseTo(0.25, 9);
    expect(progressAt(timeline, at('2025-03-03T06:00+03:00'))).toBe(0.5);
    expect(progressAt(timeline, at('2025-03-04T06:00+03:00'))).toBe(1);
    expect(progressAt(timeline, at('2025-03-06T00:00+03:00'))).toBe(1);
    expect(progressAt(timeline, timeline.end)).toBe(1);
  });

  it('gives km for the low and the high length', () => {
    const halfway = at('2025-03-03T06:00+03:00');
    expect(kmAt(timeline, halfway, 12)).toBe(6);
    expect(kmAt(timeline, halfway, 15)).toBe(7.5);
  });

  it('names the phase at any time', () => {
    expect(phaseAt(timeline, at('2025-03-02T01:00+03:00'))).toBe('before');
    expect(phaseAt(timeline, at('2025-03-03T01:00+03:00'))).toBe('crawling');
    expect(phaseAt(timeline, at('2025-03-05T01:00+03:00'))).toBe('waiting');
    expect(phaseAt(timeline, at('2025-03-08T05:30+03:00'))).toBe('emerged');
    expect(phaseAt(timeline, timeline.end)).toBe('emerged');
  });

  it('counts the crawling playback that moves the figures, and nothing while they wait', () => {
    expect(crawlingAt(timeline, timeline.start)).toBe(0);
    expect(crawlingAt(timeline, at('2025-03-03T06:00+03:00'))).toBeCloseTo(5_000, 6);
    expect(crawlingAt(timeline, at('2025-03-05T00:00+03:00'))).toBeCloseTo(10_000, 6);
    expect(crawlingAt(timeline, timeline.end)).toBeCloseTo(10_000, 6);
  });
});

describe('key moments for `step`', () => {
  it('jumps to each moment’s time, clamped', () => {
    expect(stepTime(timeline, 0)).toBe(at('2025-03-02T06:00+03:00'));
    expect(stepTime(timeline, 3)).toBe(at('2025-03-08T05:30+03:00'));
    expect(stepTime(timeline, 4)).toBe(at('2025-03-08T07:00+03:00'));
    expect(stepTime(timeline, 99)).toBe(at('2025-03-08T07:00+03:00'));
    expect(stepTime(timeline, -1)).toBe(at('2025-03-02T06:00+03:00'));
  });

  it('knows which moment a time belongs to', () => {
    expect(momentIndexAt(timeline, timeline.start)).toBe(0);
    timeline.moments.forEach((moment, i) => {
      expect(momentIndexAt(timeline, moment.time)).toBe(i);
      expect(momentIndexAt(timeline, moment.time - 1)).toBe(Math.max(0, i - 1));
    });
    expect(momentIndexAt(timeline, timeline.end)).toBe(4);
  });
});

describe('day and hour labels, Moscow time', () => {
  it('counts days from the first day of the timeline and shows the time to the half hour', () => {
    const clock = clockAt(at('2025-03-08T05:30+03:00'), timeline.start, 'en-GB');
    expect(clock.day).toBe(7);
    expect(clock.hour).toBe('05:30');
    expect(clock.date).toBe('Sat 8 March');
    expect(clockAt(at('2025-03-08T05:59+03:00'), timeline.start, 'en').hour).toBe('05:30');
    expect(clockAt(at('2025-03-02T00:00+03:00'), timeline.start, 'en').day).toBe(1);
    expect(clockAt(at('2025-03-02T23:59+03:00'), timeline.start, 'en').day).toBe(1);
    expect(clockAt(at('2025-03-03T00:00+03:00'), timeline.start, 'en').day).toBe(2);
  });

  it('reads any offset in Moscow time, whatever the reader’s own zone', () => {
    // 21:00 UTC on 7 March is midnight of 8 March in Moscow.
    const clock = clockAt(at('2025-03-07T21:00Z'), timeline.start, 'en-GB');
    expect(clock.hour).toBe('00:00');
    expect(clock.day).toBe(7);
    expect(dayOf(at('2025-03-07T20:59Z'), timeline.start)).toBe(6);
  });

  it('speaks Ukrainian for uk', () => {
    const clock = clockAt(at('2025-03-04T14:00+03:00'), timeline.start, 'uk');
    expect(spaces(clock.date)).toBe('вт, 4 березня');
    expect(clock.hour).toBe('14:00');
    expect(spaces(formatMoment(at('2025-03-08T05:30+03:00'), 'uk'))).toBe('8 березня 2025 р.');
    expect(formatDay(at('2025-03-02T06:00+03:00'), 'uk')).toBe('2 березня');
  });

  it('keeps the clock tick steady within a half hour, so the loop writes text only when it changes', () => {
    const a = clockAt(at('2025-03-04T14:00+03:00'), timeline.start, 'en');
    const b = clockAt(at('2025-03-04T14:29+03:00'), timeline.start, 'en');
    const c = clockAt(at('2025-03-04T14:30+03:00'), timeline.start, 'en');
    expect(a.tick).toBe(b.tick);
    expect(c.tick).toBe(a.tick + 1);
  });
});

describe('the Kursk dataset’s timeline', () => {
  it('plays its six and a half days in 20 s, with the crawl reaching Sudzha by the waiting', () => {
    const kursk = timelineOf(pipeline);
    expect(kursk.duration).toBe(20_000);
    const waiting = kursk.moments.find((m) => m.id === 'waiting')!.time;
    const emergence = kursk.moments.find((m) => m.id === 'emergence')!.time;
    expect(progressAt(kursk, waiting)).toBe(1);
    expect(phaseAt(kursk, emergence)).toBe('emerged');
    expect(kursk.moments.map((m) => m.id)).toEqual(['entry', 'halfway', 'waiting', 'emergence', 'strikes']);
  });
});
