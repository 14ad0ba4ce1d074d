/** dist/ of the demo. */
export declare const distDir: string;

/** Serves `root` on 127.0.0.1 (port 0: any free one); `pages` maps paths to HTML served before any file. */
export declare function serve(
  root: string,
  options?: { port?: number; pages?: Map<string, string> },
): Promise<{ origin: string; close: () => Promise<void> }>;
