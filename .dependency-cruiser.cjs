// Checked by `npm run check:imports` (part of `npm test`): no import cycles, and arrows point down.

/** The folders of src/, lowest first. A folder may import only from folders below it. */
const LAYERS = [
  'content',
  'store',
  'status',
  'prefs',
  'locale',
  'progress',
  'links',
  'reminder',
  'early',
  'components',
];

const folder = (name) => `^src/${name}/`;

const layerRules = LAYERS.map((layer, index) => ({
  name: `${layer}-imports-only-below`,
  comment: `src/${layer}/ may import only from ${LAYERS.slice(0, index).join(', ') || 'nothing else in src'}`,
  severity: 'error',
  from: { path: folder(layer) },
  to: { path: '^src/', pathNot: [folder(layer), ...LAYERS.slice(0, index).map(folder)] },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No two modules may depend on each other, directly or through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'content-is-data',
      comment: 'The guides, schema and strings are data: no React, zustand, or other libraries but zod.',
      severity: 'error',
      from: { path: folder('content') },
      to: { dependencyTypes: ['npm', 'npm-dev', 'core'], pathNot: '^node_modules/zod/' },
    },
    {
      name: 'src-never-imports-tests-or-build',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|scripts|build)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/.*\\.css$' },
  },
};
