// Screenshots of the production build (run `npm run build` first).
//   node scripts/screenshots.mjs            the README's, into docs/screenshots/
//   node scripts/screenshots.mjs --all DIR  every view at 320, 360 and 1280 px, light and dark, into DIR
// A view is the page, one of its dialogs, its menus, or what a link opens, with some progress stored.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serveBuild } from './serve.mjs';

const all = process.argv[2] === '--all';
const outDir = (all ? process.argv[3] : process.argv[2]) ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });

const server = await serveBuild('dist', 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

const TICKS = {
  zh: ['先把绑定这个号码的账户改到别的号码上', '备份手机里的重要资料', '结清所有欠费', '选好办理方式'],
  en: [
    'Move accounts tied to this number to another number first',
    'Back up what matters on your phone',
    'Pay everything you owe',
    'Choose how to apply',
  ],
};
const button = (page, name) => page.getByRole('button', { name, exact: true });
const dialogOpen = (page) => page.getByRole('dialog').waitFor();

/** A progress link as 发送进度 makes it, with this page's ticks. */
async function progressLink(page) {
  await button(page, '发送进度').click();
  const link = await page.getByRole('textbox', { name: '进度链接' }).inputValue();
  await page.keyboard.press('Escape');
  return link;
}

/** Each view: how to reach it from the page with the ticks stored (`page` is at `/`, Chinese). */
const VIEWS = {
  page: async () => {},
  send: async (page) => {
    await button(page, '发送进度').click();
    await dialogOpen(page);
  },
  'progress-more': (page) => page.getByRole('button', { name: /^更多：复制/ }).click(),
  reset: async (page) => {
    await page.getByRole('button', { name: /^更多：复制/ }).click();
    await button(page, '重置进度').click();
    await dialogOpen(page);
  },
  'step-actions': (page) => page.getByRole('button', { name: /^更多：等待审核/ }).click(),
  reminder: async (page) => {
    await page.getByRole('button', { name: /^更多：等待审核/ }).click();
    await page.getByRole('button', { name: /^提醒我/ }).click();
    await dialogOpen(page);
  },
  incoming: async (page, open) => {
    const link = await progressLink(page);
    const other = await open();
    await other.goto(link);
    await dialogOpen(other);
    return other;
  },
  looking: async (page, open) => {
    const link = await progressLink(page);
    const other = await open();
    await other.goto(link);
    await button(other, '只看看').click();
    await button(other, '回到我的进度').waitFor();
    return other;
  },
  'step-link': async (page, open) => {
    const other = await open();
    await other.goto(`${base}#wait-for-review`);
    await other.getByRole('status').filter({ hasText: '等待审核' }).waitFor();
    return other;
  },
};

/** Opens the page at `width` in `colorScheme` with the ticks stored, shows `view`, and takes it. */
async function shoot({ name, width, colorScheme, view, lang = 'zh' }) {
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 760 : 900 },
    colorScheme,
    deviceScaleFactor: width < 600 ? 2 : 1,
  });
  // A second person, with nothing of their own, for the views a link opens.
  const others = [];
  const open = async () => {
    const other = await browser.newContext({ viewport: { width, height: width < 600 ? 760 : 900 }, colorScheme });
    others.push(other);
    return other.newPage();
  };
  try {
    const page = await context.newPage();
    await page.goto(lang === 'en' ? `${base}en/` : base);
    for (const title of TICKS[lang]) await page.getByRole('checkbox', { name: title, exact: true }).check();
    await page.evaluate(() => window.scrollTo(0, 0));
    const shown = (await VIEWS[view](page, open)) ?? page;
    await shown.waitForTimeout(300);
    await shown.screenshot({ path: `${outDir}/${name}.png` });
  } finally {
    await Promise.all([context, ...others].map((each) => each.close()));
  }
}

const shots = all
  ? Object.keys(VIEWS).flatMap((view) =>
      [320, 360, 1280].flatMap((width) =>
        ['light', 'dark'].map((colorScheme) => ({ name: `${view}-${width}-${colorScheme}`, width, colorScheme, view })),
      ),
    )
  : [
      { name: 'phone', width: 360, colorScheme: 'light', view: 'page' },
      { name: 'phone-dark', width: 360, colorScheme: 'dark', view: 'page' },
      { name: 'phone-en', width: 360, colorScheme: 'light', view: 'page', lang: 'en' },
      { name: 'desktop', width: 1280, colorScheme: 'light', view: 'page' },
      { name: 'phone-send', width: 360, colorScheme: 'light', view: 'send' },
      { name: 'phone-incoming', width: 360, colorScheme: 'light', view: 'incoming' },
      { name: 'phone-looking', width: 360, colorScheme: 'light', view: 'looking' },
    ];
try {
  for (const shot of shots) await shoot(shot);
} finally {
  await browser.close();
  server.close();
}
console.log(`${shots.length} screenshots written to ${outDir}/`);
