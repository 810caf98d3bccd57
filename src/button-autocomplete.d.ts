import 'react';

declare module 'react' {
  /**
   * Firefox restores a button's disabled state when a page is reloaded, so buttons the page keeps
   * disabled until the app starts would show enabled, and do nothing. `autocomplete="off"` stops
   * it (MDN, <button>); React renders the attribute, its types leave it out.
   */
  interface ButtonHTMLAttributes<T> extends HTMLAttributes<T> {
    autoComplete?: 'off';
  }
}
