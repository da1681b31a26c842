/**
 * Child processes for the end-to-end tests: bounded commands, long-running services whose logs are kept for the
 * failure report, and a stop that always reaches the whole process group, so nothing outlives the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** Keeps the last lines a process printed, to show them when a test fails. */
class LogTail {
  private lines: string[] = [];
  constructor(private readonly limit = 400) {}
  push(chunk: string): void {
    this.lines.push(...chunk.split('\n').filter((line) => line.length > 0));
    if (this.lines.length > this.limit) this.lines = this.lines.slice(-this.limit);
  }
  tail(count = 60): string {
    return this.lines.slice(-count).join('\n');
  }
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Negative pid: the whole group, so grandchildren (n8n's task runner, npm's node) go too.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

// Last resort if the runner exits without stopping a service (a crash or a timeout in a hook).
process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

export interface CommandOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs: number;
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function launch(command: string, args: readonly string[], options: Omit<CommandOptions, 'timeoutMs'>): ChildProcess {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

/** Runs a command to its end, or kills it after `timeoutMs`. Never rejects: the caller judges the result. */
export async function runCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
  const child = launch(command, args, options);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child, 'SIGKILL');
  }, options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      stderr += `\n${error.message}`;
      resolve(null);
    });
    child.on('close', (exitCode) => resolve(exitCode));
  });
  clearTimeout(timer);
  return { code, stdout, stderr, timedOut };
}

/** A long-running process (a server): its output is kept, and `stop()` ends its whole group. */
export class Service {
  private readonly log = new LogTail();
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(
    readonly name: string,
    command: string,
    args: readonly string[],
    options: Omit<CommandOptions, 'timeoutMs'> = {},
  ) {
    this.child = launch(command, args, options);
    this.child.stdout!.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
    this.exited = new Promise((resolve) => {
      this.child.on('error', (error) => {
        this.log.push(`spawn failed: ${error.message}`);
        resolve(null);
      });
      this.child.on('close', (code) => resolve(code));
    });
  }

  get hasExited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  logs(lines?: number): string {
    return this.log.tail(lines);
  }

  /** SIGTERM to the group, SIGKILL if it is still there after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.hasExited) return;
    killGroup(this.child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(this.child, 'SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
    // The leader may be gone while a grandchild lingers.
    killGroup(this.child, 'SIGKILL');
  }
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs` saying what it waited for. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, options: { timeoutMs: number; intervalMs?: number; service?: Service }): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError = '';
  for (;;) {
    if (options.service?.hasExited) throw new Error(`${options.service.name} exited while waiting for ${what}.\n--- ${options.service.name} log (tail) ---\n${options.service.logs()}`);
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) {
      const log = options.service ? `\n--- ${options.service.name} log (tail) ---\n${options.service.logs()}` : '';
      throw new Error(`Timed out after ${options.timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${lastError})` : ''}.${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
}
