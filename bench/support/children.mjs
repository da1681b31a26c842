/**
 * Servers under test run as child processes on 127.0.0.1: forked Node scripts say they are ready over IPC, other
 * programs (Prism) are polled until their port answers. Every child is stopped by its own handle, SIGTERM first and
 * SIGKILL two seconds later, never by name.
 */
import { fork, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const READY_TIMEOUT_MS = 30_000;
const running = new Set();

/** Forks a server script and resolves with its ready message ({ port, ... }). */
export function forkServer(script, args = [], { execArgv = [] } = {}) {
  const child = fork(script, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv });
  running.add(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} was not ready within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it was ready`)));
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve({ child, ...message, baseUrl: `http://127.0.0.1:${message.port}` });
    });
  });
}

/** Spawns a program that serves HTTP on `port`, and resolves once `probeUrl` answers. */
export async function spawnServer(command, args, probeUrl) {
  const child = spawn(command, args, { stdio: 'ignore' });
  running.add(child);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}) before it was ready`);
    try {
      await fetch(probeUrl, { signal: AbortSignal.timeout(1000) });
      return { child };
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`${command} did not answer at ${probeUrl} within ${READY_TIMEOUT_MS} ms`);
}

/** Asks a forked child for something over IPC (`{ type }` in, the first answer of that type out). */
export function ask(child, type) {
  return new Promise((resolve) => {
    const onMessage = (message) => {
      if (message?.type !== type) return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.send({ type });
  });
}

export async function stop(child) {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await exited;
  clearTimeout(killer);
}

export async function stopAll() {
  await Promise.all([...running].map(stop));
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void stopAll().then(() => process.exit(130));
  });
}
