import type { EngineDriver, EngineName } from './driver.ts';
import { launchChromium, launchFirefox } from './drivers/puppeteer.ts';
import { launchWebKit } from './drivers/webkit.ts';

export interface Engine {
  name: EngineName;
  /** Starts the browser with a new profile, showing a blank page. */
  launch: () => Promise<EngineDriver>;
}

const ALL: readonly Engine[] = [
  { name: 'chromium', launch: launchChromium },
  { name: 'firefox', launch: launchFirefox },
  { name: 'webkit', launch: launchWebKit },
];

/** The engines named by the environment variable ENGINES (e.g. `ENGINES=webkit,firefox`), else all. */
function chosen(names: string | undefined): readonly Engine[] {
  if (!names) return ALL;
  const wanted = names.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !ALL.some((engine) => engine.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `ENGINES names no such engine: ${unknown.join(', ')} (known: ${ALL.map(({ name }) => name).join(', ')})`,
    );
  }
  return ALL.filter((engine) => wanted.includes(engine.name));
}

/** Every engine the journeys run in. */
export const ENGINES = chosen(process.env.ENGINES);
