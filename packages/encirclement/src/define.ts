import { defineElement } from '@salient/core';
import { SalientEncirclement } from './encirclement.js';

defineElement('salient-encirclement', SalientEncirclement);

declare global {
  interface HTMLElementTagNameMap {
    'salient-encirclement': SalientEncirclement;
  }
}

export { SalientEncirclement };
