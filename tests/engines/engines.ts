import type { EngineDriver, EngineName } from './driver.ts';
import { launchChromium, launchFirefox } from './drivers/puppeteer.ts';
import { launchWebKit } from './drivers/webkit.ts';

export interface Engine {
  name: EngineName;
  /** Starts the browser with a new profile, showing a blank page. */
  launch: () => Promise<EngineDriver>;
}

/** Every engine the journeys run in. */
export const ENGINES: readonly Engine[] = [
  { name: 'chromium', launch: launchChromium },
  { name: 'firefox', launch: launchFirefox },
  { name: 'webkit', launch: launchWebKit },
];
