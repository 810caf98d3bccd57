import { createBuilder } from 'vite';
import { describe, expect, it } from 'vitest';
import { pages } from '../../build/pages.ts';

const builderWithBase = (base: string) =>
  createBuilder({
    root: '.tmp',
    base,
    configFile: false,
    logLevel: 'silent',
    plugins: [pages('entry-server.js', () => [])],
  });

describe('the base a site can be built for', () => {
  it.each(['/', '/tm/', '/tm-card/guide/'])('is any path on its own origin: %s', async (base) => {
    await expect(builderWithBase(base)).resolves.toBeDefined();
  });

  it.each(['./', '', 'https://cdn.example/', '//cdn.example/x/'])(
    'is not relative or on another origin: %j',
    async (base) => {
      await expect(builderWithBase(base)).rejects.toThrow(/^pages: the base must be the site's path/);
    },
  );
});
