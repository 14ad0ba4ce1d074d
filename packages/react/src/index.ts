import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { SalientTerritoryBar } from '@salient/territory-bar';
import { SalientEncirclement } from '@salient/encirclement';
import { SalientSupplyRoad } from '@salient/supply-road';
import { SalientPipeline } from '@salient/pipeline';
import type { SalientErrorDetail, SalientStepDetail } from '@salient/core';
import { defineElement } from '@salient/core';

/** The events every Salient element fires, as React props. */
const events = {
  onSalientError: 'salient-error' as EventName<CustomEvent<SalientErrorDetail>>,
  onSalientStep: 'salient-step' as EventName<CustomEvent<SalientStepDetail>>,
};

// Registering here (guarded) means importing a wrapper is all a React app needs.
defineElement('salient-territory-bar', SalientTerritoryBar);
defineElement('salient-encirclement', SalientEncirclement);
defineElement('salient-supply-road', SalientSupplyRoad);
defineElement('salient-pipeline', SalientPipeline);

/**
 * `<salient-territory-bar>` as a React component: every property as a typed prop (`data` is passed as a property,
 * not an attribute), `onSalientError` and `onSalientStep` as events.
 */
export const TerritoryBar = createComponent({
  tagName: 'salient-territory-bar',
  elementClass: SalientTerritoryBar,
  react: React,
  events,
  displayName: 'TerritoryBar',
});

/** `<salient-encirclement>` as a React component. */
export const Encirclement = createComponent({
  tagName: 'salient-encirclement',
  elementClass: SalientEncirclement,
  react: React,
  events,
  displayName: 'Encirclement',
});

/** `<salient-supply-road>` as a React component. */
export const SupplyRoad = createComponent({
  tagName: 'salient-supply-road',
  elementClass: SalientSupplyRoad,
  react: React,
  events,
  displayName: 'SupplyRoad',
});

/** `<salient-pipeline>` as a React component. */
export const Pipeline = createComponent({
  tagName: 'salient-pipeline',
  elementClass: SalientPipeline,
  react: React,
  events,
  displayName: 'Pipeline',
});
