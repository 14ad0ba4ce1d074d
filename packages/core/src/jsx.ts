import type { SalientErrorDetail, SalientStepDetail } from './element.js';

/** The attributes and properties every Salient element takes, as JSX props (React 19 sets known properties). */
interface CommonProps {
  headline?: string;
  dek?: string;
  source?: string;
  units?: 'km2' | 'mi2';
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  step?: number;
  controls?: boolean;
  'reduced-motion'?: boolean;
  src?: string;
  timeout?: number;
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  hidden?: boolean;
  style?: unknown;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
  /** React 19 and Preact attach `on<event>` props as listeners for custom events. */
  'onsalient-error'?: (event: CustomEvent<SalientErrorDetail>) => void;
  'onsalient-step'?: (event: CustomEvent<SalientStepDetail>) => void;
}

/**
 * JSX props for a Salient element: the common ones, plus its `data` typed as the element's own data and any
 * element-specific props named in `Extra`.
 */
export type SalientJsxProps<Data, Extra = object> = CommonProps & { data?: Data | null } & Extra;
