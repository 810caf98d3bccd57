/**
 * What messengers, linkifiers and browsers do to a link on its way, as reported and seen: each form
 * takes a link as the page made it and gives it as it is opened. Every one must still be read.
 */
export interface LinkForm {
  name: string;
  change: (link: string) => string;
  /** Undone by the browser before the page sees the link: only a browser can show it is read. */
  undoneByTheBrowser?: true;
}

/** Punctuation a linkifier takes from the message around a link into its end. */
const GLUED = [')', '.', ',', ']', '!', '-', '，', '。', '）', '」', '】'];

export const LINK_FORMS: readonly LinkForm[] = [
  { name: 'as made', change: (link) => link },
  {
    name: 'with WeChat’s parameters before the fragment',
    change: (link) => link.replace('#', '?from=singlemessage&isappinstalled=0#'),
  },
  { name: 'with QQ’s parameter inside the fragment', change: (link) => `${link}&appinstall=0` },
  { name: 'with a parameter glued after the fragment', change: (link) => `${link}?from=timeline` },
  ...GLUED.map((mark) => ({ name: `with the message’s ${mark} taken into it`, change: (link: string) => link + mark })),
  {
    name: 'with its ; = , escaped',
    change: (link: string) =>
      link.replace(/[;=,]/g, (mark, at: number) => (at > link.indexOf('#') ? encodeURIComponent(mark) : mark)),
  },
  {
    name: 'with its scheme and host in capitals',
    change: (link) => link.replace(/^[a-z]+:\/\/[^/]+/, (origin) => origin.toUpperCase()),
    undoneByTheBrowser: true,
  },
];

/** The forms the page's own readers meet (the others only a test that opens the link in a browser). */
export const READER_FORMS = LINK_FORMS.filter((form) => !form.undoneByTheBrowser);
