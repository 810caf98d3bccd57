import { startOwned } from './processes.ts';

export interface VirtualDisplay {
  /** Its name, for the environment variable DISPLAY (`:1`). */
  readonly name: string;
  stop(): Promise<void>;
}

/**
 * Starts Xvfb on a display number that no other X server uses (Xvfb picks it, so that test files
 * running side by side each get their own), with a screen of `width` × `height`.
 */
export async function startDisplay(xvfb: string, width: number, height: number): Promise<VirtualDisplay> {
  // Xvfb writes the number it chose to file descriptor 3 once it accepts connections.
  const server = startOwned(xvfb, ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
    extraPipes: 1,
  });
  const number = await new Promise<string>((chosen, failed) => {
    let written = '';
    server.child.stdio[3]?.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes('\n')) chosen(written.trim());
    });
    void server.ended.then(failed);
  });
  return { name: `:${number}`, stop: server.stop };
}
