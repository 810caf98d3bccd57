// Screenshots of the production build (run `npm run build` first) at phone and desktop width.
// Usage: node scripts/screenshots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });

const server = await preview({ preview: { port: 4310, strictPort: true, host: '127.0.0.1' } });
const base = 'http://127.0.0.1:4310/';
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

const zhTicks = ['备份手机里的重要资料', '结清所有欠费', '选好办理方式', '核对账户信息'];
const enTicks = [
  'Back up what matters on your phone',
  'Pay everything you owe',
  'Choose how to apply',
  'Check your account details',
];
/** Opens the dialog that sends progress as a link and its QR code. */
const openSendDialog = (page) => page.getByRole('button', { name: '发送进度' }).click();
const shots = [
  { name: 'phone', width: 360, path: '/', ticks: zhTicks, colorScheme: 'light' },
  { name: 'phone-send', width: 360, path: '/', ticks: zhTicks, colorScheme: 'light', then: openSendDialog },
  { name: 'phone-dark', width: 360, path: '/', ticks: zhTicks, colorScheme: 'dark' },
  { name: 'phone-en', width: 360, path: '/en/', ticks: enTicks, colorScheme: 'light' },
  { name: 'desktop', width: 1280, path: '/', ticks: zhTicks, colorScheme: 'light' },
];
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.width < 600 ? 800 : 900 },
      colorScheme: shot.colorScheme,
      deviceScaleFactor: shot.width < 600 ? 2 : 1,
    });
    await page.goto(new URL(shot.path, base).href);
    for (const name of shot.ticks) await page.getByRole('checkbox', { name }).check();
    await page.evaluate(() => window.scrollTo(0, 0));
    if (shot.then) {
      await shot.then(page);
      await page.getByRole('dialog').waitFor();
    }
    await page.screenshot({ path: `${outDir}/${shot.name}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots written to ${outDir}/`);
