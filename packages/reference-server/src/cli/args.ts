/** The command line of `reevo-reference-server` (and `npm start`). */
import { parseArgs } from 'node:util';
import type { WorkspaceSeed } from '../runtime/workspaces';

/** Where `npm start` listens unless told otherwise. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4010;

export interface CliOptions {
  host: string;
  port: number;
  seed: WorkspaceSeed;
  timeScale: number;
  allowWebhookHosts: string[];
  /** Write Reevo's OpenAPI document (`/openapi.json`) to this file and exit, instead of serving. */
  writeOpenApi: string | null;
  /** Write Reeve's OpenAPI document (`/reeve/openapi.json`) to this file and exit, instead of serving. */
  writeReeveOpenApi: string | null;
  log: boolean;
  help: boolean;
}

export const USAGE = `Usage: reevo-reference-server [options]

  --host <address>            Address to listen on (default 127.0.0.1). Any other exposes the public API and the
                              demo keys (with a warning), and the admin API then needs the token printed at start
  --port <number>             Port (default: the PORT variable, else 4010; 0 picks a free one)
  --seed demo|empty           The workspace's records: the demo CRM, or none (default demo); the demo keys work in both
  --time-scale <factor>       Multiplies the webhook retry schedule, e.g. 0.01 (default 1)
  --allow-webhook-host <host> Also deliver webhooks to this https host (repeatable; loopback is always allowed)
  --log                       Log every request (never the API key)
  --write-openapi <file>      Write Reevo's OpenAPI document (/openapi.json) to <file> and exit
  --write-reeve-openapi <file> Write Reeve's OpenAPI document (/reeve/openapi.json) to <file> and exit
  --help                      Show this help`;

export class CliUsageError extends Error {}

export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      host: { type: 'string', default: DEFAULT_HOST },
      port: { type: 'string' },
      seed: { type: 'string', default: 'demo' },
      'time-scale': { type: 'string', default: '1' },
      'allow-webhook-host': { type: 'string', multiple: true, default: [] },
      'write-openapi': { type: 'string' },
      'write-reeve-openapi': { type: 'string' },
      log: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port ?? env['PORT'] ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliUsageError(`--port must be a whole number from 0 to 65535, not "${values.port ?? env['PORT']}".`);
  if (values.seed !== 'demo' && values.seed !== 'empty') throw new CliUsageError(`--seed must be demo or empty, not "${values.seed}".`);
  const timeScale = Number(values['time-scale']);
  if (!Number.isFinite(timeScale) || timeScale <= 0) throw new CliUsageError(`--time-scale must be a positive number, not "${values['time-scale']}".`);
  return {
    host: values.host,
    port,
    seed: values.seed,
    timeScale,
    allowWebhookHosts: values['allow-webhook-host'],
    writeOpenApi: values['write-openapi'] ?? null,
    writeReeveOpenApi: values['write-reeve-openapi'] ?? null,
    log: values.log,
    help: values.help,
  };
}
