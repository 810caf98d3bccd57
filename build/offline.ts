import type { Plugin } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { guideZhCN } from '../src/content/guide.zh-CN.ts';
import { stringsZhCN } from '../src/content/strings.zh-CN.ts';
import { isClient } from './clientEnvironment.ts';

/**
 * Offline and installable: Workbox precaches the built app, and src/offline.ts registers the
 * service worker after the app has started, asking before it swaps in a new version. Only the
 * client build makes the site, so only it gets a manifest and a service worker.
 */
export function offline(): Plugin[] {
  // start_url and scope are left to the plugin, which sets them to the site's base; icons are
  // relative to the manifest, which is at the base. The id, too, is the base, once it is known.
  const manifest: Partial<ManifestOptions> = {
    name: guideZhCN.title,
    short_name: '保号卡注销',
    description: stringsZhCN.pageDescription,
    lang: 'zh-CN',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#1d5fbf',
    icons: [
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
  const manifestId: Plugin = {
    name: 'offline:manifest-id',
    // Before the PWA plugin's own (`pre`) reads the manifest.
    enforce: 'pre',
    configResolved(config) {
      manifest.id = config.base;
    },
  };
  const plugins = VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,txt}'],
      // Relative to the service worker, which is at the base.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // One file, with no importScripts() of a string, which the site's Trusted Types forbid.
      inlineWorkboxRuntime: true,
    },
  });
  return [manifestId, ...plugins].map((plugin) => ({ ...plugin, applyToEnvironment: isClient }));
}
