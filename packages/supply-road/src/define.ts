import { defineElement } from '@salient/core';
import { SalientSupplyRoad } from './supply-road.js';

defineElement('salient-supply-road', SalientSupplyRoad);

declare global {
  interface HTMLElementTagNameMap {
    'salient-supply-road': SalientSupplyRoad;
  }
}

export { SalientSupplyRoad };
