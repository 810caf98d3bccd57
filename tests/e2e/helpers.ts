// Shared by the end-to-end specs: getting the page ready, finding its controls, storage set-ups,
// axe. What the page says and where it keeps things come from src/, the guide through
// tests/support/guide.ts.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STAGE_ATTRIBUTE } from '../../src/progress/stage.ts';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { CURRENT_VERSION } from '../../src/progress/stored.ts';
import { backupKey } from '../../src/progress/storage.ts';
import { CHECKBOX_COUNT, STEP_COUNT, type Entry } from '../support/guide.ts';
import { expect } from './fixtures.ts';

/** Where the app copies stored progress it could not fully read. */
export const BACKUP_KEY = backupKey(STORAGE_KEY);

export const checkbox = (page: Page, item: Entry) => page.getByRole('checkbox', { name: item.title, exact: true });

export const shareButton = (page: Page, item: Entry) =>
  page.getByRole('button', { name: strings.share.buttonLabel(item.title), exact: true });

export const noteButton = (page: Page, item: Entry) =>
  page.getByRole('button', { name: strings.note.buttonLabel(item.title), exact: true });

/** Opens `more` if it is not open (a tap before the app has started is carried out once it has). */
async function open(more: Locator) {
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
}

/** A step's 更多, behind which are its note, share and reminder buttons. */
export const stepMore = (page: Page, item: Entry) =>
  page.getByRole('button', { name: strings.more.stepLabel(item.title), exact: true });

export const openStepActions = (page: Page, item: Entry) => open(stepMore(page, item));

/** The 更多 beside 发送进度, behind which progress is copied, exported, imported and reset. */
export const progressMore = (page: Page) => page.getByRole('button', { name: strings.more.progressLabel, exact: true });

export const openProgressActions = (page: Page) => open(progressMore(page));

export const noteField = (page: Page, item: Entry) =>
  page.getByRole('textbox', { name: strings.note.fieldLabel(item.title), exact: true });

/** The summary's "N / 12" in Chinese. */
export const doneCount = (page: Page, done: number) =>
  page.getByText(strings.doneCount(done, STEP_COUNT), { exact: true });

/**
 * Waits until the checklist can be used: every box is there and enabled. (A prerendered page keeps
 * its boxes disabled until stored progress has been applied, so before that, ticked or not means
 * nothing.)
 */
export async function expectReady(page: Page) {
  const boxes = page.getByRole('checkbox');
  await expect(boxes).toHaveCount(CHECKBOX_COUNT);
  for (const box of await boxes.all()) await expect(box).toBeEnabled();
}

/** The start of the app, held back until `release` is called. */
export async function holdTheApp(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Waits until the app has taken the page over from the early script (src/progress/stage.ts). */
export const appStarted = (page: Page) => expect(page.locator('html')).toHaveAttribute(STAGE_ATTRIBUTE, 'app');

/** Opens the checklist at `path` and waits until it is ready. */
export async function openChecklist(page: Page, path = './') {
  await page.goto(path);
  await expectReady(page);
}

export async function tick(page: Page, item: Entry) {
  const box = checkbox(page, item);
  await expect(box).toBeEnabled();
  await box.check();
  await expect(box).toBeChecked();
}

export async function untick(page: Page, item: Entry) {
  const box = checkbox(page, item);
  await expect(box).toBeEnabled();
  await box.uncheck();
  await expect(box).not.toBeChecked();
}

/** Ticks every box on the page. */
export async function tickAll(page: Page) {
  for (const box of await page.getByRole('checkbox').all()) {
    await expect(box).toBeEnabled();
    await box.check();
  }
  await expect(page.getByRole('checkbox', { checked: false })).toHaveCount(0);
}

/** Expects exactly `items` to be ticked on `page`, and the summary to say so. */
export async function expectTicked(page: Page, items: readonly Entry[]) {
  for (const item of items) await expect(checkbox(page, item)).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(items.length);
  await expect(doneCount(page, items.length)).toBeVisible();
}

/** Stored progress of the current version with one good tick and one entry for no known item. */
export const PARTLY_BROKEN_PROGRESS = '{"state":{"done":{"keep-records":null,"gone":1}},"version":1}';

/**
 * Opens the checklist with `raw` stored under the progress key, as if an earlier visit (or an older
 * version of the app) had left it there. The text is written before the app's code runs, on this
 * first load only: reloads see whatever the app made of it.
 */
export async function openWithStoredText(page: Page, raw: string, path = './') {
  const seeding = await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
    STORAGE_KEY,
    raw,
  ] as const);
  try {
    await openChecklist(page, path);
  } finally {
    await seeding.dispose();
  }
}

/** From the next load on, reading `window.localStorage` throws, as when a browser blocks storage. */
export async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
}

const STORAGE_FULL_FLAG = '__e2eStorageFull';

/**
 * From the next load on, every `Storage#setItem` throws QuotaExceededError, as when storage is
 * full; reading still works. `freeStorage` makes writing work again.
 */
export async function fillStorage(page: Page) {
  await page.addInitScript((flag) => {
    const flags = window as unknown as Record<string, boolean>;
    flags[flag] = true;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (flags[flag]) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  }, STORAGE_FULL_FLAG);
}

export async function freeStorage(page: Page) {
  await page.evaluate((flag) => {
    (window as unknown as Record<string, boolean>)[flag] = false;
  }, STORAGE_FULL_FLAG);
}

/** From the next load on, the clipboard refuses to be written (and there is no Web Share). */
export async function refuseClipboard(page: Page) {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
}

export const readStorage = (page: Page, key: string) => page.evaluate((name) => window.localStorage.getItem(name), key);

interface StoredProgress {
  state: { done: Record<string, unknown> };
  version: number;
}

/** The ids stored as done, sorted; fails if the stored progress is not the current format. */
export async function storedDoneIds(page: Page): Promise<string[]> {
  const raw = await readStorage(page, STORAGE_KEY);
  expect(raw, `${STORAGE_KEY} in localStorage`).not.toBeNull();
  const stored = JSON.parse(raw ?? 'null') as StoredProgress;
  expect(stored.version).toBe(CURRENT_VERSION);
  return Object.keys(stored.state.done).sort();
}

export const idsOf = (items: readonly Entry[]) => items.map((item) => item.id).sort();

// ---------------------------------------------------------------------------------------------
// Accessibility

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One line per violation and one per offending node: rule, impact, what to fix, where. */
export function formatAxeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const target = node.target.map((part) => JSON.stringify(part)).join(' > ');
        const why = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
        return `    - ${target}: ${why}`;
      });
      return [
        `  ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}`,
        `    ${violation.helpUrl}`,
        ...nodes,
      ].join('\n');
    })
    .join('\n');
}

/**
 * Label in name (WCAG 2.5.3): a control's accessible name contains its visible label, so voice
 * control can press what it sees. axe marks this rule experimental and leaves it off by default.
 */
const LABEL_IN_NAME = 'label-content-name-mismatch';

/**
 * Runs axe with the WCAG 2.2 AA tags, and the label-in-name rule, over the whole page and expects
 * no violations.
 */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo) {
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: AXE_TAGS }, rules: { [LABEL_IN_NAME]: { enabled: true } } })
    .analyze();
  await testInfo.attach('axe-results.json', {
    body: JSON.stringify(results, null, 2),
    contentType: 'application/json',
  });
  const { violations } = results;
  const checked = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable];
  expect(
    checked.map((rule) => rule.id),
    `axe ran ${LABEL_IN_NAME}`,
  ).toContain(LABEL_IN_NAME);
  expect(violations.length, `axe found ${violations.length} violation(s):\n${formatAxeViolations(violations)}\n`).toBe(
    0,
  );
}

// ---------------------------------------------------------------------------------------------
// Content Security Policy

/** A policy: directive name → source list, lower-cased. The first of a repeated directive wins. */
export type CspPolicy = ReadonlyMap<string, readonly string[]>;

export function parseCsp(text: string): CspPolicy {
  const policy = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().toLowerCase().split(/\s+/);
    if (name === undefined || name === '' || policy.has(name)) continue;
    policy.set(name, values);
  }
  return policy;
}

/** Which directive each fetch directive falls back to when absent (CSP Level 3). */
const FALLBACK: Readonly<Record<string, readonly string[]>> = {
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'script-src': ['default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'style-src': ['default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
  'frame-src': ['child-src', 'default-src'],
  'child-src': ['default-src'],
  'connect-src': ['default-src'],
  'font-src': ['default-src'],
  'img-src': ['default-src'],
  'manifest-src': ['default-src'],
  'media-src': ['default-src'],
  'object-src': ['default-src'],
  'default-src': [],
};

/** The source list that governs `directive`, or null when nothing restricts it. */
function effectiveSources(policy: CspPolicy, directive: string): readonly string[] | null {
  for (const name of [directive, ...(FALLBACK[directive] ?? [])]) {
    const sources = policy.get(name);
    if (sources !== undefined) return sources;
  }
  return null;
}

/** `'none'` and an empty list allow nothing. */
const allowsNothing = (sources: readonly string[]) =>
  sources.length === 0 || (sources.length === 1 && sources[0] === "'none'");

/**
 * Where `policy` is looser than `baseline`: for every fetch directive, and every other directive
 * the baseline names, what `policy` allows must be allowed by `baseline` too. Sources are compared
 * literally, so an equivalent source written differently counts as looser. Returns one sentence
 * per problem; empty means at least as strict.
 */
export function looserThan(policy: CspPolicy, baseline: CspPolicy): string[] {
  const problems: string[] = [];
  const names = new Set([...Object.keys(FALLBACK), ...baseline.keys()]);
  for (const name of names) {
    const fetch = name in FALLBACK;
    const limit = fetch ? effectiveSources(baseline, name) : (baseline.get(name) ?? null);
    if (limit === null) continue; // the baseline does not restrict it either
    const actual = fetch ? effectiveSources(policy, name) : (policy.get(name) ?? null);
    if (actual === null) {
      problems.push(`${name}: unrestricted, baseline allows only ${limit.join(' ') || "'none'"}`);
      continue;
    }
    if (allowsNothing(actual)) continue;
    const extra = actual.filter((source) => !limit.includes(source));
    if (allowsNothing(limit) || extra.length > 0) {
      problems.push(`${name}: allows ${actual.join(' ')}, baseline allows only ${limit.join(' ') || "'none'"}`);
    }
  }
  return problems;
}
