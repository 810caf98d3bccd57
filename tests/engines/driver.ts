// What a journey needs from a browser, whatever the engine: each engine's driver (drivers/) is a
// thin layer over its automation library, and the tests are written once against this.

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** An element as a person finds it: by role and accessible name; by CSS only if it has neither. */
export type Target = { role: string; name: string } | { css: string };

/** What a form control shows. */
export interface ControlState {
  checked: boolean;
  disabled: boolean;
  value: string;
}

export interface EngineDriver {
  readonly engine: EngineName;
  /**
   * Goes to `url` and resolves once the document has been parsed (DOMContentLoaded): scripts that
   * the page loads later may not have run yet.
   */
  open(url: string): Promise<void>;
  /** Reloads the page, as the browser's reload button does; resolves as `open` does. */
  reload(): Promise<void>;
  /** Runs `fn` in the page with `args` and returns its result; both must survive JSON. */
  evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>>;
  /** Waits until the element is there and can be used, then clicks it as a person would. */
  click(target: Target): Promise<void>;
  /** Types `text` into the field, key by key, in place of what it held. */
  type(target: Target, text: string): Promise<void>;
  read(target: Target): Promise<ControlState>;
  /**
   * Presses keys as a person at the keyboard does, in whatever has focus: one key (`Escape`), or a
   * chord of modifiers and a key joined by `+` (`Control+v`), each named as `KeyboardEvent.key`
   * names it.
   */
  press(keys: string): Promise<void>;
  close(): Promise<void>;
}

/** Reads `element`'s state in the page: each driver runs it there with the element it found. */
export function readControl(element: Element): ControlState {
  const control = element as Partial<HTMLInputElement>;
  return {
    checked: control.checked ?? false,
    disabled: control.disabled ?? false,
    value: control.value ?? '',
  };
}
