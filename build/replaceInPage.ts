/**
 * Replaces the first `marker` in a page, and fails, naming the plugin, when the page lacks it:
 * a page that silently kept its old text would ship without what the plugin adds.
 */
export function replaceInPage(plugin: string, html: string, marker: string | RegExp, replacement: string): string {
  const found = typeof marker === 'string' ? html.includes(marker) : marker.test(html);
  if (!found) throw new Error(`${plugin}: index.html has no ${String(marker)}`);
  // As a function, so that `$` in the replacement (as in code) is not read as a pattern.
  return html.replace(marker, () => replacement);
}
