import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { guideZhCN } from '../src/content/guide.zh-CN.ts';
import { stringsZhCN } from '../src/content/strings.zh-CN.ts';
import { isClient } from './clientEnvironment.ts';

/**
 * Offline and installable: Workbox precaches the built app, and src/offline.ts registers the
 * service worker after the app has started, asking before it swaps in a new version. Only the
 * client build makes the site, so only it gets a manifest and a service worker.
 */
export function offline(): Plugin[] {
  const plugins = VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: guideZhCN.title,
      short_name: '保号卡注销',
      description: stringsZhCN.pageDescription,
      lang: 'zh-CN',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#f6f7f9',
      theme_color: '#1d5fbf',
      icons: [
        { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,txt}'],
      navigateFallback: '/index.html',
      cleanupOutdatedCaches: true,
    },
  });
  return plugins.map((plugin) => ({ ...plugin, applyToEnvironment: isClient }));
}
