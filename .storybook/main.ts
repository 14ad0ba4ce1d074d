import type { StorybookConfig } from '@storybook/web-components-vite';
import { sourceConditions } from '../vitest.shared.ts';

// Nothing in Storybook may call out to the internet: no telemetry, no crash reports, no update checks,
// no "what's new" fetch.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

/** The part of Storybook's server channel used below (a preset hook StorybookConfig does not declare). */
interface ServerChannel {
  removeAllListeners(event: string): void;
  on(event: string, listener: (...args: unknown[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
}

const config: StorybookConfig & { experimental_serverChannel?: (channel: ServerChannel) => Promise<ServerChannel> } = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  /**
   * Storybook's dev server answers the manager's "what's new" request by fetching storybook.js.org, whatever
   * `disableWhatsNewNotifications` says. Replace that listener with one that answers "unavailable" locally.
   */
  experimental_serverChannel: (channel) => {
    channel.removeAllListeners('requestWhatsNewData');
    channel.on('requestWhatsNewData', () => channel.emit('resultWhatsNewData', { data: { status: 'ERROR' } }));
    return Promise.resolve(channel);
  },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    const merged = mergeConfig(config, {
      // Two copies of Lit load unless the helper Storybook's renderer imports is pre-bundled with the rest.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    });
    // Workspace packages resolve to their TypeScript sources (the `source` export condition): no build needed.
    // Assigned, not merged: mergeConfig would append to Vite's defaults instead of replacing them.
    merged.resolve = { ...(merged.resolve as object), conditions: sourceConditions };
    return merged;
  },
};

export default config;
