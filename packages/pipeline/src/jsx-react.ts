// Types only: `import '@salient/pipeline/jsx-react'` once, and <salient-pipeline> type-checks in React 19 JSX.
import type {} from 'react';
import type { SalientJsxProps } from '@salient/core';
import type { PipelineData } from './schema.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'salient-pipeline': SalientJsxProps<PipelineData, { autoplay?: boolean; speed?: number }>;
    }
  }
}

export {};
