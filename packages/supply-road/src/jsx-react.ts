// Types only: `import '@salient/supply-road/jsx-react'` once, and <salient-supply-road> type-checks in React 19 JSX.
import type {} from 'react';
import type { SalientJsxProps } from '@salient/core';
import type { SupplyRoadData } from './schema.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'salient-supply-road': SalientJsxProps<SupplyRoadData, { layout?: 'map' | 'strip' | 'auto'; autoplay?: boolean }>;
    }
  }
}

export {};
