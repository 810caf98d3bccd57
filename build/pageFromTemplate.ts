import type { RenderedPage } from '../src/entry-server.tsx';
import { languageRedirect } from '../src/locale/languageRedirect.ts';
import { replaceInPage } from './replaceInPage.ts';

/** An element that follows the early script. */
const SHOWN_MARKER = 'progress-shown';
const CHARSET = '<meta charset="UTF-8" />';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The file a page is served from: `` → `index.html`, `en/` → `en/index.html`. */
export const pageFileName = (path: string) => `${path}index.html`;

/**
 * The built index.html with one language's prerendered app in it, followed by the `early` script
 * that shows stored progress in it, and the head (policy, language, description, title) to match.
 * The Chinese page also gets the redirect that takes someone who chose English to the English page
 * under the site's `base` before anything is drawn.
 * The app's code (`prefetch`, addresses) is fetched while the page paints, as a prefetch: at the
 * lowest priority, and not compiled until the app starts (a module preload, compiled as it arrives,
 * held the first paint up by a tenth on a slow phone); so is the entry script, at low priority. The
 * entry starts the app after the first paint (src/main.tsx), from what has arrived by then.
 */
export function pageFromTemplate(
  template: string,
  page: RenderedPage,
  base: string,
  early: string,
  prefetch: readonly string[],
  csp: string,
): string {
  const replace = (html: string, marker: string | RegExp, replacement: string) =>
    replaceInPage('pages', html, marker, replacement);
  // The policy right after the charset; the redirect after the policy (which must cover it) and
  // before the stylesheet (which would hold it up).
  const redirect = page.lang === 'zh-CN' ? `\n    <script>${languageRedirect(base)}</script>` : '';
  const policy = `\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />${redirect}`;
  let html = replace(template, CHARSET, `${CHARSET}${policy}`);
  html = replace(html, '<html lang="zh-CN">', `<html lang="${page.lang}">`);
  html = replace(
    html,
    /<title>[^<]*<\/title>/,
    `<meta name="description" content="${escapeHtml(page.description)}" />\n    <title>${escapeHtml(page.title)}</title>`,
  );
  // The early script right after the app's HTML: it runs before the first paint (src/early/).
  // Chromium may draw the page as soon as its stylesheet arrives, before it runs the script that
  // waited for it. Where `rel="expect"` is known, the page is not drawn until the element after the
  // script is read, so never without the stored progress. The notice that the app could not start
  // comes before the script, which watches for that.
  html = replace(
    html,
    '<div id="root"></div>',
    `<div id="root">${page.body}</div>\n    ${page.startFailed}\n    <script>${early}</script>\n    <span id="${SHOWN_MARKER}" hidden></span>`,
  );
  const prefetches = prefetch.map((href) => `\n    <link rel="prefetch" crossorigin href="${escapeHtml(href)}" />`);
  html = replace(html, '</title>', `</title>\n    <link rel="expect" href="#${SHOWN_MARKER}" blocking="render" />`);
  // After the stylesheet, which is fetched first.
  html = replace(html, '</head>', `${prefetches.join('')}\n  </head>`);
  // Vite writes the entry's tag anew, keeping none of index.html's attributes but `async`.
  const entry = '<script type="module" crossorigin src=';
  return replace(html, entry, '<script type="module" crossorigin fetchpriority="low" src=');
}
