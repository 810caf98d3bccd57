import { spawn, type ChildProcess } from 'node:child_process';
import { basename } from 'node:path';

export interface OwnedProcess {
  readonly child: ChildProcess;
  /** Resolves once the process has ended (or could not start), with an error that says how. */
  readonly ended: Promise<Error>;
  readonly running: boolean;
  stop(): Promise<void>;
}

/** The processes started here and not yet ended. */
const running = new Set<ChildProcess>();
let watching = false;

/**
 * Ends every process still running when the test process ends, also when it is ended by a signal
 * (as Vitest ends its workers, even one whose test hung before it could close its browser).
 */
function endAllOnExit() {
  if (watching) return;
  watching = true;
  const endAll = () => {
    for (const child of running) child.kill();
  };
  process.on('exit', endAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      endAll();
      // Then as if this listener had not been there.
      process.kill(process.pid, signal);
    });
  }
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  /** How many pipes to open beyond stderr, as file descriptors 3, 4 and on. */
  extraPipes?: number;
}

/**
 * Starts `command`, to run until `stop` or until the test process ends. What it writes to stderr
 * goes into `ended`'s message.
 */
export function startOwned(command: string, args: readonly string[], options: StartOptions = {}): OwnedProcess {
  endAllOnExit();
  const pipes = Array<'pipe'>(options.extraPipes ?? 0).fill('pipe');
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe', ...pipes],
  });
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<Error>((done) => {
    child.on('error', done);
    child.on('exit', (code, signal) => {
      done(new Error(`${basename(command)} ended (${String(code ?? signal)}): ${stderr.trim()}`));
    });
  }).finally(() => running.delete(child));
  return {
    child,
    ended,
    get running() {
      return running.has(child);
    },
    async stop() {
      child.kill();
      await ended;
    },
  };
}
