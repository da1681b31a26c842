/**
 * A real n8n 2.8.4 (from e2e/node_modules) in a throwaway user folder, loading the built n8n-nodes-reevo and
 * n8n-nodes-reeve through N8N_CUSTOM_EXTENSIONS, listening on loopback only. The CLI commands run while the server is stopped (they share
 * its SQLite file); `start()` serves the editor, the REST API and the webhooks.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { N8N_BIN, N8N_NODES_DISTS } from './paths';
import { freePort } from './ports';
import { runCommand, Service, waitFor, type CommandResult } from './processes';

export interface N8nCredential {
  id: string;
  name: string;
  type: string;
  data: Record<string, unknown>;
}

/** The owner the REST tests and the playground log in as (a throwaway instance: the password only has to pass n8n's rules). */
export const OWNER = { email: 'owner@playground.example', firstName: 'Playground', lastName: 'Owner', password: 'Playground-Passw0rd' };
// n8n binds its auth cookie to a browser id sent in this header.
const BROWSER_ID = 'reevo-e2e';

/**
 * One folder that links the dist of each built n8n package. n8n keeps one node loader per package name, and every
 * folder of N8N_CUSTOM_EXTENSIONS is the package "CUSTOM": given two folders, the second's nodes replace the first's
 * ("Unrecognized node type: CUSTOM.reevoTrigger"). Its loader follows the links.
 */
function linkCustomNodes(userFolder: string): string {
  const folder = join(userFolder, 'custom-nodes');
  mkdirSync(folder);
  for (const dist of N8N_NODES_DISTS) symlinkSync(dist, join(folder, basename(dirname(dist))), 'dir');
  return folder;
}

/**
 * True once n8n's REST routes answer. /healthz/readiness answers before they exist; the public settings route is
 * registered after every REST controller (n8n's Server.configure), so its answer means the owner setup route is
 * there too. Only its JSON envelope counts: while its database migrates, n8n answers every request, this one too,
 * 200 "n8n is starting up. Please wait" (AbstractServer.setupHealthCheck), and a POST made then can reach n8n
 * before its routes do (404 "Cannot POST /rest/owner/setup").
 */
export async function restIsReady(baseUrl: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/rest/settings`);
  if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) return false;
  const body = (await response.json()) as { data?: unknown };
  return typeof body.data === 'object' && body.data !== null;
}

export class N8n {
  readonly userFolder = mkdtempSync(join(tmpdir(), 'reevo-e2e-n8n-'));
  private readonly customNodes = linkCustomNodes(this.userFolder);
  private server: Service | undefined;
  private cookie = '';

  private constructor(
    readonly port: number,
    private readonly brokerPort: number,
  ) {}

  static async create(port?: number): Promise<N8n> {
    return new N8n(port ?? (await freePort()), await freePort());
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  env(): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      HOME: this.userFolder,
      N8N_USER_FOLDER: this.userFolder,
      N8N_CUSTOM_EXTENSIONS: this.customNodes,
      N8N_LISTEN_ADDRESS: '127.0.0.1',
      N8N_HOST: '127.0.0.1',
      N8N_PORT: String(this.port),
      WEBHOOK_URL: `${this.baseUrl}/`,
      N8N_EDITOR_BASE_URL: `${this.baseUrl}/`,
      N8N_DIAGNOSTICS_ENABLED: 'false',
      N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
      N8N_TEMPLATES_ENABLED: 'false',
      N8N_PERSONALIZATION_ENABLED: 'false',
      N8N_HIRING_BANNER_ENABLED: 'false',
      N8N_SECURE_COOKIE: 'false',
      N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
      DB_SQLITE_POOL_SIZE: '2',
      // `execute` prints its run data only at info level or above.
      N8N_LOG_LEVEL: 'info',
      // The task broker's default port is fixed (5679): give each instance its own.
      N8N_RUNNERS_BROKER_PORT: String(this.brokerPort),
      NODE_ENV: 'production',
    };
  }

  /** Runs one n8n CLI command (bounded), with this instance's environment. */
  async cli(args: readonly string[], timeoutMs = 90_000): Promise<CommandResult> {
    return await runCommand(process.execPath, [N8N_BIN, ...args], { env: this.env(), cwd: this.userFolder, timeoutMs });
  }

  private async cliOrThrow(args: readonly string[]): Promise<CommandResult> {
    const result = await this.cli(args);
    if (result.code !== 0) throw new Error(`n8n ${args.join(' ')} failed (exit ${result.code}${result.timedOut ? ', timed out' : ''}):\n${tail(result.stderr + result.stdout)}`);
    return result;
  }

  async importCredentials(credentials: readonly N8nCredential[]): Promise<void> {
    const file = join(this.userFolder, 'credentials.json');
    writeFileSync(file, JSON.stringify(credentials));
    await this.cliOrThrow(['import:credentials', `--input=${file}`]);
  }

  async importWorkflow(file: string): Promise<void> {
    await this.cliOrThrow(['import:workflow', `--input=${file}`]);
  }

  async publish(workflowId: string): Promise<void> {
    await this.cliOrThrow(['publish:workflow', `--id=${workflowId}`]);
  }

  /** `n8n execute --id`: the run data n8n prints, or the failure with n8n's own words. */
  async execute(workflowId: string): Promise<ExecuteResult> {
    const result = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput']);
    if (result.timedOut) throw new Error(`n8n execute --id=${workflowId} timed out:\n${tail(result.stderr + result.stdout)}`);
    return { ...result, runData: parseRunData(result.stdout) };
  }

  async start(): Promise<void> {
    this.server = new Service('n8n', process.execPath, [N8N_BIN, 'start'], { env: this.env(), cwd: this.userFolder });
    await waitFor(`n8n's REST API to answer on ${this.baseUrl}/rest/settings`, async () => ((await restIsReady(this.baseUrl)) ? true : undefined), {
      timeoutMs: 120_000,
      intervalMs: 500,
      service: this.server,
    });
  }

  /** Resolves when the started server exits (never, if it was not started). */
  async exited(): Promise<unknown> {
    return await (this.server?.exited ?? new Promise(() => undefined));
  }

  logs(lines?: number): string {
    return this.server?.logs(lines) ?? '(n8n server not started)';
  }

  /** Creates the owner account of this fresh instance; its session cookie then signs every `rest()` call. */
  async setupOwner(): Promise<void> {
    const response = await fetch(`${this.baseUrl}/rest/owner/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
      body: JSON.stringify(OWNER),
    });
    if (!response.ok) throw new Error(`n8n owner setup answered ${response.status}: ${await response.text()}\n--- n8n log (tail) ---\n${this.logs()}`);
    this.cookie = (response.headers.getSetCookie?.() ?? []).map((cookie) => cookie.split(';')[0]).join('; ');
    if (!this.cookie) await this.login();
  }

  private async login(): Promise<void> {
    const response = await fetch(`${this.baseUrl}/rest/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
      body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
    });
    if (!response.ok) throw new Error(`n8n login answered ${response.status}: ${await response.text()}`);
    this.cookie = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  }

  /** Calls n8n's REST API as the owner; returns `data` of n8n's `{data}` envelope, throws with the body otherwise. */
  async rest<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/rest${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID, cookie: this.cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`n8n ${method} /rest${path} answered ${response.status}: ${text}\n--- n8n log (tail) ---\n${this.logs()}`);
    return (JSON.parse(text) as { data: T }).data;
  }

  /** n8n's own credential test (`POST /rest/credentials/test`) of a credential of this type with these values. */
  async testCredential(credential: { name: string; type: string; data: Record<string, unknown> }): Promise<{ status: string; message: string }> {
    return await this.rest<{ status: string; message: string }>('POST', '/credentials/test', { credentials: credential });
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.userFolder, { recursive: true, force: true });
  }
}

export interface NodeRun {
  data?: { main: Array<Array<{ json: Record<string, unknown> }> | null> };
  error?: { message: string; description?: string };
}

export interface ExecuteResult extends CommandResult {
  /** Each node's runs, by node name, when n8n printed them. */
  runData: Record<string, NodeRun[]> | undefined;
}

/** The JSON n8n prints between its log lines: from the first line that opens an object to the last that closes one. */
function parseRunData(stdout: string): Record<string, NodeRun[]> | undefined {
  const start = stdout.search(/^\{/m);
  const end = stdout.lastIndexOf('\n}');
  if (start < 0 || end < start) return undefined;
  try {
    const parsed = JSON.parse(stdout.slice(start, end + 2)) as { data?: { resultData?: { runData?: Record<string, NodeRun[]> } } };
    return parsed.data?.resultData?.runData;
  } catch {
    return undefined;
  }
}

/** The JSON items one node output on its first run. */
export function outputOf(result: ExecuteResult, nodeName: string): Array<Record<string, unknown>> {
  const run = result.runData?.[nodeName]?.[0];
  if (!run) throw new Error(`n8n printed no run of node "${nodeName}". Exit ${result.code}. Output (tail):\n${tail(result.stdout + result.stderr)}`);
  if (run.error) throw new Error(`Node "${nodeName}" failed in n8n: ${run.error.message}${run.error.description ? ` (${run.error.description})` : ''}`);
  return (run.data?.main[0] ?? []).map((item) => item.json);
}

export function tail(text: string, lines = 60): string {
  return text.split('\n').slice(-lines).join('\n');
}
