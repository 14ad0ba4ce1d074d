import { defineElement } from '@salient/core';
import { SalientPipeline } from './pipeline.js';

defineElement('salient-pipeline', SalientPipeline);

declare global {
  interface HTMLElementTagNameMap {
    'salient-pipeline': SalientPipeline;
  }
}

export { SalientPipeline };
