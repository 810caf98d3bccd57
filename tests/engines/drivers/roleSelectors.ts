/**
 * The elements that HTML gives a role without a role attribute (HTML-AAM), for the roles a journey
 * may look for.
 */
const IMPLICIT: Readonly<Record<string, string>> = {
  button: 'button, input[type="button"], input[type="submit"], input[type="reset"], input[type="image"], summary',
  checkbox: 'input[type="checkbox"]',
  radio: 'input[type="radio"]',
  textbox: 'textarea, input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"]',
  searchbox: 'input[type="search"]',
  combobox: 'select',
  link: 'a[href], area[href]',
  heading: 'h1, h2, h3, h4, h5, h6',
  dialog: 'dialog',
  img: 'img',
  list: 'ul, ol',
  listitem: 'li',
  progressbar: 'progress',
  status: 'output',
  group: 'fieldset, details',
  region: 'section',
  navigation: 'nav',
  main: 'main',
  form: 'form',
  article: 'article',
};

/**
 * CSS for every element that may have `role`: a first sieve before asking the engine each one's
 * computed role and name, which decide. For a role not listed above, every element.
 */
export function mayHaveRole(role: string): string {
  if (!/^[a-z]+$/.test(role)) throw new Error(`not a role: ${role}`);
  const implicit = IMPLICIT[role];
  return implicit === undefined ? '*' : `[role~="${role}"], ${implicit}`;
}
