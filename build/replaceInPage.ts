/**
 * Replaces the first `marker` in a page, and fails, naming the plugin, when the page lacks it:
 * a page that silently kept its old text would ship without what the plugin adds. The replacement
 * is the new text, or made from the text the marker found.
 */
export function replaceInPage(
  plugin: string,
  html: string,
  marker: string | RegExp,
  replacement: string | ((found: string) => string),
): string {
  const found = typeof marker === 'string' ? html.includes(marker) : marker.test(html);
  if (!found) throw new Error(`${plugin}: index.html has no ${String(marker)}`);
  return html.replace(marker, (text) => (typeof replacement === 'string' ? replacement : replacement(text)));
}
