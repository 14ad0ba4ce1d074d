/**
 * Data shapes of @salient/kursk-data. They are structural: each element package declares the same shape
 * for its `data` property, and its tests check these datasets against it.
 */

/** Text in one language, or per language ({ en: '…', uk: '…' }); the element picks the reader's. */
export type LocalText = string | { en: string; [lang: string]: string };

/** Another source's figure for the same moment as a {@link TerritoryPoint}. */
export interface TerritoryEstimate {
  /** km² */
  value: number;
  /** Who gave it. */
  source: string;
  /** What sets it apart from the source's other figures ("with grey zone"). */
  label?: LocalText;
  /** Where it was read. */
  via?: string;
  /** ISO yyyy-mm-dd, when it differs from the point's date. */
  date?: string;
  note?: LocalText;
}

/** One step of the territory series. */
export interface TerritoryPoint {
  /** ISO yyyy-mm-dd of the figure (approximate dates allowed with `approximate: true`). */
  date: string;
  /** Short name for the moment, e.g. { en: 'Peak', uk: 'Пік' }. */
  label?: LocalText;
  /** km²: the figure the bar shows for this step. */
  value: number;
  /** Who gave it, e.g. 'DeepState', 'Ukrainian General Staff (via Reuters)'. */
  source: string;
  /** Where it was read, e.g. 'themoscowtimes.com, 13 Mar 2025'. */
  via?: string;
  approximate?: boolean;
  /** Other sources' figures for the same moment: the bar's whiskers span min..max of value and these. */
  estimates?: TerritoryEstimate[];
  note?: LocalText;
}

/** A comparison area, e.g. the city of Kyiv. */
export interface TerritoryReference {
  label: LocalText;
  /** km² */
  value: number;
  source?: string;
}

/** Data for `<salient-territory-bar>`. */
export interface TerritoryData {
  title?: LocalText;
  /** How the summary sentence names who held the ground, with its verb ("Ukraine held"). */
  held?: LocalText;
  /** Chronological, values in km². */
  series: TerritoryPoint[];
  references?: TerritoryReference[];
  /** Overall credit line. */
  source?: LocalText;
}
