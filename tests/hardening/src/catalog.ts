/**
 * The four elements as the hardening suites see them: tag, the Kursk dataset that renders, and every attribute a
 * CMS author could type. Imported by every suite so "across all four elements" means the same four everywhere.
 */
import { encirclement, pipeline, supplyRoad, territory } from '@salient/kursk-data';
import '@salient/territory-bar/define';
import '@salient/encirclement/define';
import '@salient/supply-road/define';
import '@salient/pipeline/define';

/** Attributes every element has (core's SalientElement). */
export const commonAttributes = [
  'headline',
  'dek',
  'source',
  'units',
  'theme',
  'lang',
  'step',
  'controls',
  'reduced-motion',
  'src',
  'timeout',
] as const;

export interface CatalogEntry {
  tag: string;
  /** The Kursk dataset: a valid input that renders. */
  dataset: unknown;
  /** Every attribute the element observes. */
  attributes: readonly string[];
  /** Width the element is usually shown at, px. */
  width: number;
}

export const catalog: readonly CatalogEntry[] = [
  { tag: 'salient-territory-bar', dataset: territory, attributes: commonAttributes, width: 640 },
  { tag: 'salient-encirclement', dataset: encirclement, attributes: commonAttributes, width: 800 },
  { tag: 'salient-supply-road', dataset: supplyRoad, attributes: [...commonAttributes, 'layout', 'autoplay'], width: 800 },
  { tag: 'salient-pipeline', dataset: pipeline, attributes: [...commonAttributes, 'autoplay', 'speed'], width: 1000 },
];
