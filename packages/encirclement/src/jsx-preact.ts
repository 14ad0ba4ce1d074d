// Types only: `import '@salient/encirclement/jsx-preact'` once, and <salient-encirclement> type-checks in Preact JSX.
import type { SalientJsxProps } from '@salient/core';
import type { EncirclementData } from './schema.js';

// Preact's types are a UMD global namespace; its documented way to add intrinsic elements is through it.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact's JSX types live in a namespace.
  namespace preact.JSX {
    interface IntrinsicElements {
      'salient-encirclement': SalientJsxProps<EncirclementData>;
    }
  }
}

export {};
