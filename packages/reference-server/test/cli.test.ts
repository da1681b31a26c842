/**
 * The CLI as `npm start` runs it: built with tsup, started on a free port, stopped with SIGINT.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { REEVE_DEMO_USERS } from '../../../fixtures/reeve-demo';
import { DEMO_API_KEYS } from '../src/domain';

const PACKAGE_DIR = join(__dirname, '..');
const TSUP = join(PACKAGE_DIR, '..', '..', 'node_modules', '.bin', 'tsup');

let child: ChildProcess | null = null;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = null;
});

beforeAll(() => {
  execFileSync(TSUP, { cwd: PACKAGE_DIR, stdio: 'pipe' });
}, 60_000);

function readUntil(process: ChildProcess, marker: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    process.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(marker)) resolve(output);
    });
    process.once('exit', (code) => reject(new Error(`The CLI exited (${code}) before printing "${marker}":\n${output}`)));
  });
}

test('starts, prints the base URL, every demo key with its permissions and where things are, and stops on Ctrl-C', async () => {
  child = spawn(process.execPath, [join(PACKAGE_DIR, 'dist', 'cli.js'), '--port', '0', '--seed', 'empty'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = await readUntil(child, 'Ctrl-C');
  const baseUrl = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
  expect(baseUrl).toBeDefined();
  for (const demo of DEMO_API_KEYS) expect(output).toContain(demo.key);
  expect(output).toContain(`${baseUrl}/__admin/health`);
  expect(output).toContain(`${baseUrl}/openapi.json`);
  expect(output).toMatch(/Zapier:.*Base URL/);
  expect(output).toMatch(/n8n:.*Base URL/);

  const health = await fetch(`${baseUrl}/__admin/health`);
  expect(health.status).toBe(200);

  const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
}, 30_000);

test('refuses a bad flag with the usage', () => {
  expect(() => execFileSync(process.execPath, [join(PACKAGE_DIR, 'dist', 'cli.js'), '--seed', 'nope'], { stdio: 'pipe' })).toThrow(/--seed must be demo or empty/);
});

test('a port already in use gets one line naming the port and both ways to choose another, not a stack trace', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const port = (taken.address() as AddressInfo).port;
  try {
    child = spawn(process.execPath, [join(PACKAGE_DIR, 'dist', 'cli.js'), '--seed', 'empty'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: String(port) } });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child?.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `Port ${port} on 127.0.0.1 is already in use (is a reference server already running?). Stop that process, or choose another port with PORT=${port + 1} npm start, or --port ${port + 1} (npm start -- --port ${port + 1}); --port 0 picks a free one.`,
    ]);
  } finally {
    taken.close();
  }
}, 30_000);

test("prints the Reeve demo's session tokens beside the Reevo keys", async () => {
  child = spawn(process.execPath, [join(PACKAGE_DIR, 'dist', 'cli.js'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = await readUntil(child, 'Ctrl-C');
  for (const user of REEVE_DEMO_USERS) expect(output).toContain(user.sessionToken);
  expect(output).toMatch(/\/reeve\/openapi\.json/);
  const baseUrl = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] as string;
  const brand = /X-Reeve-Brand: (brand_[0-9a-f]+)/.exec(output)?.[1] as string;
  const listed = await fetch(`${baseUrl}/api/connectors/list`, { headers: { authorization: `Bearer ${REEVE_DEMO_USERS[0]?.sessionToken}`, 'x-reeve-brand': brand } });
  expect(listed.status).toBe(200);
  expect(((await listed.json()) as { connections: unknown[] }).connections).toHaveLength(3);
}, 30_000);

test('--write-openapi and --write-reeve-openapi write the documents /openapi.json and /reeve/openapi.json serve, which are the committed ones', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'reference-openapi-'));
  try {
    const reevo = join(directory, 'openapi.json');
    const reeve = join(directory, 'reeve-openapi.json');
    execFileSync(process.execPath, [join(PACKAGE_DIR, 'dist', 'cli.js'), '--write-openapi', reevo, '--write-reeve-openapi', reeve], { stdio: 'pipe' });
    expect(await readFile(reevo, 'utf8')).toBe(await readFile(join(PACKAGE_DIR, 'openapi.json'), 'utf8'));
    expect(await readFile(reeve, 'utf8')).toBe(await readFile(join(PACKAGE_DIR, 'reeve-openapi.json'), 'utf8'));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}, 30_000);
