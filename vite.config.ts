/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { guideZhCN } from './src/content/guide.zh-CN.ts';
import { parseGuide } from './src/content/schema.ts';

/** Fails the build with a readable message when the guide breaks its schema. */
function validateGuide(): Plugin {
  return {
    name: 'validate-guide',
    buildStart() {
      parseGuide(guideZhCN);
    },
  };
}

export default defineConfig({
  plugins: [react(), validateGuide()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
