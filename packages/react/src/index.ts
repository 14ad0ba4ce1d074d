import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { SalientTerritoryBar } from '@salient/territory-bar';
import type { SalientErrorDetail, SalientStepDetail } from '@salient/core';
import { defineElement } from '@salient/core';

/** The events every Salient element fires, as React props. */
const events = {
  onSalientError: 'salient-error' as EventName<CustomEvent<SalientErrorDetail>>,
  onSalientStep: 'salient-step' as EventName<CustomEvent<SalientStepDetail>>,
};

// Registering here (guarded) means importing a wrapper is all a React app needs.
defineElement('salient-territory-bar', SalientTerritoryBar);

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
