import { Builder, By, Capabilities, Key, error as errors, type WebDriver, type WebElement } from 'selenium-webdriver';
import { findMiniBrowser, findWebKitDriver, findXvfb } from '../../../scripts/browsers.mjs';
import { readControl, type EngineDriver, type Target } from '../driver.ts';
import { describeTarget, inEngine } from './errors.ts';
import { poll } from './poll.ts';
import { mayHaveRole } from './roleSelectors.ts';
import { startWebKitWebDriver } from './webkitWebDriver.ts';
import { startDisplay } from './xvfb.ts';

/** How long to wait for an element, for a page to load, or for a script. */
const TIMEOUT_MS = 15_000;

/** MiniBrowser's window, and the virtual screen it is shown on. */
const SCREEN = { width: 1280, height: 1024 };
const WINDOW = { x: 0, y: 0, width: 1024, height: 768 };

/** Errors of an element that went away or cannot be clicked yet: looking again may find it usable. */
const TRANSIENT = [
  errors.StaleElementReferenceError,
  errors.ElementClickInterceptedError,
  errors.ElementNotInteractableError,
];

/**
 * Whether `error` is WebDriver's "unknown error", which is what WebKitWebDriver answers when asked
 * the role or name of an element that is not rendered (`display: none`): for a person, not there.
 */
const isUnknownError = (error: unknown) =>
  error instanceof errors.WebDriverError && Object.getPrototypeOf(error) === errors.WebDriverError.prototype;

/** A script that says whether the page fired DOMContentLoaded, and is not the one of time origin `arguments[0]`. */
const DOM_CONTENT_LOADED = `const [before] = arguments;
  const [navigation] = performance.getEntriesByType('navigation');
  const parsed = navigation === undefined ? document.readyState !== 'loading' : navigation.domContentLoadedEventEnd > 0;
  return performance.timeOrigin !== before && parsed;`;

/** Whether going from `from` to `to` only moves to a fragment of the same document (HTML's navigate). */
function onlyFragment(from: string, to: string): boolean {
  const [a, b] = [new URL(from), new URL(to)];
  a.hash = b.hash = '';
  return to.includes('#') && a.href === b.href;
}

function required(path: string | null, what: string): string {
  if (path === null) throw new Error(`No ${what} found: run \`node scripts/ensure-browsers.mjs webkit\`.`);
  return path;
}

/**
 * Starts Xvfb, WebKitWebDriver for it, and through a new session MiniBrowser on it; `stop` ends
 * them all. If a step fails, what it started is ended before failing.
 */
async function startSession(): Promise<{ session: WebDriver; stop: () => Promise<void> }> {
  const [xvfb, webDriver, miniBrowser] = [
    required(findXvfb(), 'Xvfb'),
    required(findWebKitDriver(), 'WebKitWebDriver'),
    required(findMiniBrowser(), 'MiniBrowser'),
  ];
  const stops: (() => Promise<unknown>)[] = [];
  async function stop() {
    const failures: unknown[] = [];
    for (const step of stops.toReversed()) await step().catch((error: unknown) => failures.push(error));
    if (failures.length > 0) throw failures[0];
  }
  try {
    const display = await startDisplay(xvfb, SCREEN.width, SCREEN.height);
    stops.push(display.stop);
    const server = await startWebKitWebDriver(webDriver, display.name, TIMEOUT_MS);
    stops.push(server.stop);
    const capabilities = new Capabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      // `open` and `reload` wait for DOMContentLoaded themselves (`navigate`): with `eager`, a
      // navigation can return while the page waits for a stylesheet, and then every command times out.
      pageLoadStrategy: 'none',
      timeouts: { implicit: 0, script: TIMEOUT_MS },
    });
    const session = await new Builder().withCapabilities(capabilities).usingServer(server.url).build();
    stops.push(() => session.quit());
    await session.manage().window().setRect(WINDOW);
    return { session, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Starts MiniBrowser (WebKitGTK) with a new profile, driven over WebDriver classic by WebKitWebDriver,
 * on a virtual display of its own: MiniBrowser has no headless mode.
 */
export async function launchWebKit(): Promise<EngineDriver> {
  const { session, stop } = await inEngine('webkit', 'launch', startSession);

  /**
   * The first element that `target` names, or null. By role and name, it is one that the engine
   * itself (WebDriver's Get Computed Role and Get Computed Label) says has that role and that name:
   * a person's view, which no CSS selector gives.
   */
  async function find(target: Target): Promise<WebElement | null> {
    if ('css' in target) return (await session.findElements(By.css(target.css)))[0] ?? null;
    for (const element of await session.findElements(By.css(mayHaveRole(target.role)))) {
      // The name first: it tells more elements apart than the role does.
      const name = await element.getAccessibleName().catch((error: unknown) => {
        if (isUnknownError(error)) return null;
        throw error;
      });
      if (name === target.name && (await element.getAriaRole()) === target.role) return element;
    }
    return null;
  }

  /** Waits until `ready` gives a value for `target`'s element (as it is now), and returns that. */
  async function waitFor<T>(
    target: Target,
    condition: string,
    ready: (element: WebElement) => Promise<T | null>,
  ): Promise<T> {
    return poll(
      `not ${condition}`,
      TIMEOUT_MS,
      async () => {
        const element = await find(target);
        return element === null ? null : await ready(element);
      },
      (error) => TRANSIENT.some((kind) => error instanceof kind),
    );
  }

  /** Waits until `target`'s element is there, displayed and enabled, then does `action` to it. */
  async function whenUsable(target: Target, action: (element: WebElement) => Promise<void>): Promise<void> {
    await waitFor(target, 'there, displayed and enabled', async (element) => {
      if (!(await element.isDisplayed()) || !(await element.isEnabled())) return null;
      await action(element);
      return true;
    });
  }

  let queue: Promise<unknown> = Promise.resolve();
  /**
   * Runs `action` once every command sent before it has been answered: WebKitWebDriver can stall
   * for good on a command sent while another is running (two scripts at once never return).
   */
  function inTurn<T>(doing: string, action: () => Promise<T>): Promise<T> {
    const turn = queue.then(() => inEngine('webkit', doing, action));
    queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Navigates with `go` and waits until the document it leads to has fired DOMContentLoaded: a new
   * document, told from the one before by its time origin, unless going to `url` only moves to a
   * fragment of the page shown.
   */
  async function navigate(go: () => Promise<void>, url?: string): Promise<void> {
    const [before, from] = await session.executeScript<[number, string]>(
      'return [performance.timeOrigin, location.href];',
    );
    await go();
    const sameDocument = url !== undefined && onlyFragment(from, url);
    await poll(
      'the page did not fire DOMContentLoaded',
      TIMEOUT_MS,
      async () => (await session.executeScript<boolean>(DOM_CONTENT_LOADED, sameDocument ? null : before)) || null,
      // While one document gives way to the next, a script may find neither.
      (error) => error instanceof errors.WebDriverError,
    );
  }

  return {
    engine: 'webkit',
    open: (url) => inTurn(`open ${url}`, () => navigate(() => session.get(url), url)),
    reload: () => inTurn('reload', () => navigate(() => session.navigate().refresh())),
    evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args) {
      // Both ways through JSON, so that a value arrives as in the other engines (`undefined` too);
      // asynchronous, so that `fn` may return a promise.
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve(JSON.parse(arguments[0]))
          .then((args) => (${fn.toString()})(...args))
          .then(
            (value) => done(value === undefined ? {} : { json: JSON.stringify(value) }),
            (error) => done({ error: String(error) }),
          );`;
      return inTurn('evaluate', async (): Promise<Awaited<Result>> => {
        const outcome = await session.executeAsyncScript<{ json?: string; error?: string }>(
          script,
          JSON.stringify(args),
        );
        if (outcome.error !== undefined) throw new Error(outcome.error);
        return (outcome.json === undefined ? undefined : JSON.parse(outcome.json)) as Awaited<Result>;
      });
    },
    click: (target) =>
      inTurn(`click ${describeTarget(target)}`, () => whenUsable(target, (element) => element.click())),
    type: (target, text) =>
      inTurn(`type into ${describeTarget(target)}`, () =>
        whenUsable(target, async (element) => {
          // As a person replaces a field's text: select all of it, delete it, type. Two commands:
          // WebKitWebDriver keeps Control down through a chord's release, up to the command's end.
          await element.sendKeys(Key.CONTROL, 'a');
          await element.sendKeys(Key.BACK_SPACE, text);
        }),
      ),
    read: (target) =>
      inTurn(`read ${describeTarget(target)}`, () =>
        waitFor(target, 'there', (element) =>
          session.executeScript<ReturnType<typeof readControl>>(
            `return (${readControl.toString()})(arguments[0]);`,
            element,
          ),
        ),
      ),
    press: (keys) =>
      inTurn(`press ${keys}`, async () => {
        const chord = keys.split('+').map(webDriverKey);
        const key = chord.pop();
        if (key === undefined) throw new Error('no key to press');
        let actions = session.actions();
        for (const modifier of chord) actions = actions.keyDown(modifier);
        actions = actions.sendKeys(key);
        for (const modifier of chord.reverse()) actions = actions.keyUp(modifier);
        await actions.perform();
      }),
    close: () => inTurn('close', stop),
  };
}

/** WebDriver's code for a key named as `KeyboardEvent.key` names it. */
function webDriverKey(name: string): string {
  const code = KEYS[name] ?? (name.length === 1 ? name : undefined);
  if (code === undefined) throw new Error(`no WebDriver code for the key ${name}`);
  return code;
}

const KEYS: Readonly<Record<string, string>> = {
  Control: Key.CONTROL,
  Shift: Key.SHIFT,
  Alt: Key.ALT,
  Meta: Key.META,
  Escape: Key.ESCAPE,
  Enter: Key.ENTER,
  Tab: Key.TAB,
  Backspace: Key.BACK_SPACE,
};
