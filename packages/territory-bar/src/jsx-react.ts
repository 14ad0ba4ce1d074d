// Types only: `import '@salient/territory-bar/jsx-react'` once, and <salient-territory-bar> type-checks in React 19 JSX.
import type {} from 'react';
import type { SalientJsxProps } from '@salient/core';
import type { TerritoryData } from './schema.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'salient-territory-bar': SalientJsxProps<TerritoryData>;
    }
  }
}

export {};
