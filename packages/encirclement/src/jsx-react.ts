// Types only: `import '@salient/encirclement/jsx-react'` once, and <salient-encirclement> type-checks in React 19 JSX.
import type {} from 'react';
import type { SalientJsxProps } from '@salient/core';
import type { EncirclementData } from './schema.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'salient-encirclement': SalientJsxProps<EncirclementData>;
    }
  }
}

export {};
