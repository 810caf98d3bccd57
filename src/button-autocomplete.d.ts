import 'react';

declare module 'react' {
  /**
   * Firefox restores a button's disabled state when a page is reloaded, so a button the app had
   * disabled (while the person looks at someone else's progress) would come back disabled before
   * the app starts, and a tap on it could not be held for the app. `autocomplete="off"` stops it
   * (MDN, <button>); React renders the attribute, its types leave it out.
   */
  interface ButtonHTMLAttributes<T> extends HTMLAttributes<T> {
    autoComplete?: 'off';
  }
}
