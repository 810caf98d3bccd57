// Puts the app's first HTML into dist/index.html, so the guide reads before (and without) JavaScript.
// Runs after the client build and the server build of src/entry-server.tsx (see `npm run build`).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const SERVER_BUILD = '.tmp/ssr';
const PAGE = 'dist/index.html';
const ROOT = '<div id="root"></div>';

const { render } = await import(pathToFileURL(`${SERVER_BUILD}/entry-server.js`).href);
const template = await readFile(PAGE, 'utf8');
if (!template.includes(ROOT)) throw new Error(`${PAGE} has no empty ${ROOT} to render into`);
await writeFile(PAGE, template.replace(ROOT, `<div id="root">${render()}</div>`));
await rm(SERVER_BUILD, { recursive: true, force: true });
console.log(`prerendered ${PAGE}`);
