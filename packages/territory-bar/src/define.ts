import { defineElement } from '@salient/core';
import { SalientTerritoryBar } from './territory-bar.js';

defineElement('salient-territory-bar', SalientTerritoryBar);

declare global {
  interface HTMLElementTagNameMap {
    'salient-territory-bar': SalientTerritoryBar;
  }
}

export { SalientTerritoryBar };
