import { describe, expect, it } from 'vitest';
import * as pkg from './index.js';
import { kurskOblast, kyivCity, territory } from './territory.js';
import type { LocalText } from '@salient/core';

// The shape the checks below read; the element package owns the full type and checks assignability.
interface TerritoryEstimate { value: number; source: string; via?: string; date?: string; label?: LocalText; note?: LocalText }
interface TerritoryPoint {
  date: string;
  value: number;
  source: string;
  via?: string;
  label?: LocalText;
  note?: LocalText;
  approximate?: boolean;
  estimates?: TerritoryEstimate[];
}

const SQ_MI = 2.589988; // km² per square mile

const series: TerritoryPoint[] = territory.series;
const at = (date: string): TerritoryPoint => {
  const p = series.find((s) => s.date === date);
  if (!p) throw new Error(`no point dated ${date}`);
  return p;
};
const range = (p: TerritoryPoint): [number, number] => {
  const all = [p.value, ...(p.estimates ?? []).map((e) => e.value)];
  return [Math.min(...all), Math.max(...all)];
};
const figures = (): { date: string; value: number; source: string; est?: TerritoryEstimate }[] =>
  series.flatMap((p) => [
    { date: p.date, value: p.value, source: `${p.source} (${p.via ?? ''})` },
    ...(p.estimates ?? []).map((e) => ({ date: e.date ?? p.date, value: e.value, source: `${e.source} (${e.via ?? ''})`, est: e })),
  ]);

/** Every LocalText in the dataset, with where it is. */
function localTexts(): [string, LocalText][] {
  const out: [string, LocalText][] = [];
  if (territory.title !== undefined) out.push(['title', territory.title]);
  if (territory.held !== undefined) out.push(['held', territory.held]);
  if (territory.source !== undefined) out.push(['source', territory.source]);
  series.forEach((p) => {
    if (p.label !== undefined) out.push([`${p.date} label`, p.label]);
    if (p.note !== undefined) out.push([`${p.date} note`, p.note]);
    (p.estimates ?? []).forEach((e, i) => {
      if (e.note !== undefined) out.push([`${p.date} estimate ${i} note`, e.note]);
      if (e.label !== undefined) out.push([`${p.date} estimate ${i} label`, e.label]);
    });
  });
  (territory.references ?? []).forEach((r, i) => out.push([`reference ${i} label`, r.label]));
  return out;
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('territory: shape', () => {
  it('is exported from the package entry with its references', () => {
    expect(pkg.territory).toBe(territory);
    expect(pkg.kyivCity).toBe(kyivCity);
    expect(pkg.kurskOblast).toBe(kurskOblast);
  });

  it('is plain JSON (what a CMS editor pastes) and survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(territory))).toEqual(territory);
  });

  it('has one step per key moment, 12 Aug 2024 to 26 Apr 2025', () => {
    expect(series.map((p) => p.date)).toEqual([
      '2024-08-12',
      '2024-08-15',
      '2024-08-27',
      '2024-10-15',
      '2024-11-22',
      '2025-01-17',
      '2025-02-12',
      '2025-03-13',
      '2025-04-01',
      '2025-04-26',
    ]);
  });

  it('dates every point and estimate with an ISO date that parses', () => {
    for (const p of series) {
      expect(isIsoDate(p.date), p.date).toBe(true);
      for (const e of p.estimates ?? []) if (e.date !== undefined) expect(isIsoDate(e.date), e.date).toBe(true);
    }
  });

  it('keeps dates strictly increasing', () => {
    for (let i = 1; i < series.length; i++) {
      expect(series[i].date > series[i - 1].date, `${series[i - 1].date} then ${series[i].date}`).toBe(true);
    }
  });

  it('dates each estimate within five weeks of its step (the same moment, give or take)', () => {
    const day = 86_400_000;
    for (const p of series) {
      for (const e of p.estimates ?? []) {
        if (e.date === undefined) continue;
        const gap = Math.abs(Date.parse(e.date) - Date.parse(p.date)) / day;
        expect(gap, `${p.date} / ${e.date}`).toBeLessThanOrEqual(35);
      }
    }
  });

  it('has finite, non-negative km² values everywhere', () => {
    for (const f of figures()) {
      expect(Number.isFinite(f.value), `${f.date} ${f.source}`).toBe(true);
      expect(f.value, `${f.date} ${f.source}`).toBeGreaterThanOrEqual(0);
      expect(f.value).toBeLessThan(kurskOblast.value);
    }
    for (const r of territory.references ?? []) {
      expect(Number.isFinite(r.value)).toBe(true);
      expect(r.value).toBeGreaterThan(0);
    }
  });

  it('names a source for every point, estimate and reference', () => {
    for (const f of figures()) expect(f.source.trim(), f.date).not.toBe('');
    for (const p of series) if (p.via !== undefined) expect(p.via.trim()).not.toBe('');
    for (const r of territory.references ?? []) expect(r.source?.trim()).toBeTruthy();
    expect(territory.source).toMatchObject({ en: expect.stringContaining('DeepState'), uk: expect.stringContaining('DeepState') });
  });

  it('gives every step a label and a note', () => {
    for (const p of series) {
      expect(p.label, p.date).toBeDefined();
      expect(p.note, p.date).toBeDefined();
    }
  });

  it('gives English and Ukrainian for every text', () => {
    const texts = localTexts();
    expect(texts.length).toBeGreaterThan(30);
    for (const [where, t] of texts) {
      expect(typeof t, where).toBe('object');
      if (typeof t !== 'object') continue;
      expect(t.en?.trim(), `${where} en`).toBeTruthy();
      expect(t.uk?.trim(), `${where} uk`).toBeTruthy();
      expect(/[А-ЯҐЄІЇа-яґєії]/.test(t.uk), `${where} uk is Ukrainian`).toBe(true);
      expect(/[ёыэъЁЫЭЪ]/.test(t.uk), `${where} uk has no Russian-only letters`).toBe(false);
      expect(/[А-Яа-я]/.test(t.en), `${where} en is Latin`).toBe(false);
    }
  });
});

describe('territory: the story', () => {
  it('peaks at 1,376 km², the Ukrainian General Staff figure via Reuters, dated approximately', () => {
    const peak = series.reduce((a, b) => (b.value > a.value ? b : a));
    expect(peak.value).toBe(1_376);
    expect(peak.source).toMatch(/Ukrainian General Staff/);
    expect(peak.source).toMatch(/Reuters/);
    expect(peak.approximate).toBe(true);
    expect(Math.abs(peak.value / SQ_MI - 531)).toBeLessThan(1); // 531 sq mi
    expect(range(peak)).toEqual([900, 1_376]);
    expect(peak.estimates!.map((e) => e.value).sort((a, b) => a - b)).toEqual([900, 1_160, 1_230, 1_268, 1_294, 1_295]);
  });

  it('shows 13 March 2025 as 140 km² per DeepState, with a 77–140 range', () => {
    const p = at('2025-03-13');
    expect(p.value).toBe(140);
    expect(p.source).toBe('DeepState');
    expect(p.via).toMatch(/themoscowtimes\.com/);
    expect(p.approximate).toBeFalsy();
    expect(range(p)).toEqual([77, 140]);
    // The summary sentence: "about 140 km² (54 sq mi), about 10% of the 1,376 km² peak, per DeepState".
    expect(Math.round(p.value / SQ_MI)).toBe(54);
    expect(Math.round((p.value / 1_376) * 100)).toBe(10);
  });

  it('ends with Russia’s claim of 0 on 26 April 2025, disputed, against DeepState’s 6 April figure', () => {
    const last = series.at(-1)!;
    expect(last.date).toBe('2025-04-26');
    expect(last.value).toBe(0);
    expect(last.source).toMatch(/Gerasimov/);
    expect(last.source).toMatch(/Russian claim/);
    const note = last.note;
    expect(typeof note === 'object' ? note.en : '').toMatch(/disputed/);
    expect(typeof note === 'object' ? note['uk'] : '').toMatch(/заперечила/);
    const ds = last.estimates!.filter((e) => e.source.startsWith('DeepState'));
    expect(ds.map((e) => [e.date, e.value])).toEqual([
      ['2025-04-06', 63],
      ['2025-04-06', 144],
    ]);
    expect(range(last)).toEqual([0, 144]);
  });

  it('flags approximate figures and dates', () => {
    const approx = series.filter((p) => p.approximate).map((p) => p.date);
    expect(approx).toEqual(['2024-08-27', '2024-10-15', '2024-11-22', '2025-01-17', '2025-02-12']);
  });

  it('says what was added in every held + grey-zone sum, and the parts add up', () => {
    let sums = 0;
    for (const f of figures()) {
      const en = typeof f.est?.note === 'object' ? f.est.note.en : '';
      const m = /([\d,]+) km² held plus (?:about )?([\d,]+) km² (grey zone|undefined|(?:DeepState )?marked “unknown”)/.exec(en);
      if (!m) continue;
      sums++;
      const n = (s: string) => Number(s.replace(/,/g, ''));
      expect(n(m[1]) + n(m[2]), en).toBe(f.value);
      const note = f.est!.note;
      expect(typeof note === 'object' ? note['uk'] : '', en).toMatch(/плюс/);
    }
    expect(sums).toBe(5); // peak 900+330, Oct 660+360, Nov 560+200, 6 Apr 63+81 (on both April steps)
  });

  it('compares with Kyiv city (839 km²) and Kursk oblast (29,997 km²)', () => {
    expect(territory.references).toEqual([kyivCity, kurskOblast]);
    expect(kyivCity.value).toBe(839);
    expect(kurskOblast.value).toBe(29_997);
    expect(((1_376 / kurskOblast.value) * 100).toFixed(1)).toBe('4.6'); // "peak ≈ 4.6% of it"
  });
});

/*
 * Cross-check with the fact sheet. kursk-facts.md §1 is copied here (not read at test time, so the package
 * tests stand alone): each row must appear in the series, as a step or an estimate, with its source.
 * Rows in square miles carry the sheet's own km² conversion.
 */
const SHEET: { date: string; km2: number; who: RegExp; sqmi?: number }[] = [
  { date: '2024-08-12', km2: 800, who: /AFP count from ISW/ },
  { date: '2024-08-12', km2: 1_000, who: /Ukrainian military/ },
  { date: '2024-08-15', km2: 1_150, who: /Syrskyi/ },
  { date: '2024-08-21', km2: 646, who: /DeepState/ },
  { date: '2024-08-27', km2: 1_294, who: /Syrskyi/ },
  { date: 'peak', km2: 1_376, who: /Ukrainian General Staff.*Reuters/, sqmi: 531 },
  { date: 'peak', km2: 1_268, who: /Russian Ministry of Defence/ },
  { date: 'peak', km2: 900 + 330, who: /DeepState/ },
  { date: 'peak', km2: 900, who: /DeepState/ },
  { date: 'peak', km2: 1_160, who: /ISW/ },
  { date: 'peak', km2: 1_295, who: /Reuters; The New York Times/, sqmi: 500 },
  { date: '2024-10-early', km2: 780, who: /ISW/, sqmi: 300 },
  { date: '2024-10-mid', km2: 660, who: /DeepState.*Agentstvo/ },
  { date: '2024-10-mid', km2: 660 + 360, who: /DeepState.*Agentstvo/ },
  { date: '2024-11-22', km2: 560, who: /DeepState/ },
  { date: '2024-11-22', km2: 560 + 200, who: /DeepState/ },
  { date: '2024-11-23', km2: 800, who: /Ukrainian General Staff.*Reuters/ },
  { date: '2025-01-17', km2: 420, who: /DeepState/ },
  { date: '2025-01-17', km2: 1_268 - 801, who: /Russian Ministry of Defence/ }, // "retook 801 = 63.2%"
  { date: '2025-02-12', km2: 450, who: /Open-source data.*Reuters/ },
  { date: '2025-02-20', km2: 500, who: /Syrskyi/ },
  { date: '2025-03-13', km2: 140, who: /^DeepState \(/, sqmi: 54 },
  { date: '2025-03-16', km2: 110, who: /Reuters/ },
  { date: '2025-03-16', km2: 77, who: /Black Bird Group.*New York Times/, sqmi: 30 },
  { date: '2025-04-01', km2: 80, who: /AFP count from ISW/ },
  { date: '2025-04-06', km2: 63, who: /DeepState.*Reuters/ },
  { date: '2025-04-06', km2: 63 + 81, who: /DeepState.*Reuters/ },
  { date: '2025-04-26', km2: 0, who: /Gerasimov/ },
];

describe('territory: cross-check with the fact sheet (§1, copied)', () => {
  it('carries every figure of the sheet, with its source', () => {
    const all = figures();
    for (const row of SHEET) {
      const hit = all.some(
        (f) =>
          f.value === row.km2 &&
          row.who.test(f.source) &&
          (/^\d{4}-\d{2}-\d{2}$/.test(row.date) ? f.date === row.date : true),
      );
      expect(hit, `${row.date} ${row.km2} ${row.who}`).toBe(true);
    }
  });

  it('holds no figure the sheet does not give', () => {
    const allowed = new Set(SHEET.map((r) => r.km2));
    for (const f of figures()) expect(allowed.has(f.value), `${f.date} ${f.value} ${f.source}`).toBe(true);
  });

  it('converts square miles as the sheet does (1 sq mi = 2.589988 km²)', () => {
    for (const row of SHEET) {
      if (row.sqmi === undefined) continue;
      expect(Math.abs(row.km2 - row.sqmi * SQ_MI) / row.km2, `${row.sqmi} sq mi`).toBeLessThan(0.01);
    }
  });

  it('keeps the 6 April DeepState figures on both April steps, and the mid-March spread 77–140', () => {
    expect(range(at('2025-04-01'))).toEqual([63, 144]);
    const midMarch = figures().filter((f) => f.date >= '2025-03-13' && f.date <= '2025-03-16');
    expect(midMarch.map((f) => f.value).sort((a, b) => a - b)).toEqual([77, 110, 140]);
  });
});
