/**
 * The benchmark report: its verdicts at each target's boundary, and the README and docs/benchmarks.md matching the
 * committed results (they are generated; a hand edit or a forgotten refresh shows up here). The report is an ES
 * module of bench/, so it runs in a child node process; the benchmarks themselves need bench/'s own install and are
 * not run here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO_DIR = join(__dirname, '..', '..');
const REPORT = join(REPO_DIR, 'bench', 'report.mjs');

/** Runs `body` (an async function body with `report` in scope) in node and answers what it returns, as JSON. */
function withReport<T>(body: string, argument: unknown = null): T {
  const script = `const report = await import(${JSON.stringify(`file://${REPORT}`)}); const argument = JSON.parse(process.argv[1]); process.stdout.write(JSON.stringify(await (async () => { ${body} })()));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(argument)], { cwd: REPO_DIR, encoding: 'utf8' })) as T;
}

type Row = [figure: string, measured: string, target: string, verdict: string];

interface Figures {
  vsPrism: number;
  vsFastifyZod: number;
  clientOverhead: number;
  webhookP99Ms: number;
  lost: number;
  coldLoadMs: number;
  soakErrors: number;
  fuzzRequests: number;
  fuzzStatuses: Record<string, number>;
}

const passing: Figures = { vsPrism: 20, vsFastifyZod: 0.6, clientOverhead: 1.1, webhookP99Ms: 19.9, lost: 0, coldLoadMs: 149.9, soakErrors: 0, fuzzRequests: 10_000, fuzzStatuses: { 200: 9_000, 422: 1_000 } };

function resultsOf(f: Figures) {
  const delivery = (p99Ms: number) => ({ p50Ms: 1, p99Ms, lost: f.lost, badSignatures: 0 });
  const coldLoad = (runtime: string) => ({ runtime, requireMs: f.coldLoadMs, withRuntimeMs: 500, bytes: 200 * 1024, gzipBytes: 50 * 1024 });
  return {
    throughput: { ratios: { validatedPost: { vsPrism: f.vsPrism, vsFastifyZod: f.vsFastifyZod }, getById: { vsPrism: 6, vsFastifyZod: 0.7 } } },
    client: { overhead: f.clientOverhead },
    webhooks: { ratePerSecond: 200, single: delivery(f.webhookP99Ms), fanOut: delivery(250) },
    coldLoad: { figures: { zapier: coldLoad('zapier-platform-core'), n8n: coldLoad('n8n-workflow') } },
    soak: { seconds: 60, connections: 50, errors: f.soakErrors, requests: 50_000, memory: { heapGrowthMb: 14, heapBytesPerRequest: 280, rssGrowthMb: 40 } },
    fuzz: { requests: f.fuzzRequests, seed: 1, byStatus: f.fuzzStatuses },
  };
}

/** Each target's verdict, by its figure's name (rows without a target left out). */
function verdicts(figures: Figures): Record<string, string> {
  const rows = withReport<Row[]>('return report.targetRows(argument);', resultsOf(figures));
  return Object.fromEntries(rows.filter((row) => row[3] !== '—').map((row) => [row[0], row[3]]));
}

describe('the benchmark report', () => {
  it('calls every target met exactly at its boundary', () => {
    const all = verdicts(passing);
    expect(Object.keys(all)).toHaveLength(9);
    for (const verdict of Object.values(all)) expect(verdict).toBe('met');
  });

  it('calls each target not met just past its boundary', () => {
    const notMet = (change: Partial<Figures>) => Object.entries(verdicts({ ...passing, ...change })).filter(([, verdict]) => verdict !== 'met').map(([figure]) => figure);
    expect(notMet({ vsPrism: 19.99 })).toEqual(['Validated POST, reference server ÷ Prism']);
    expect(notMet({ vsFastifyZod: 0.59 })).toEqual(['Validated POST, reference server ÷ bare fastify + zod']);
    expect(notMet({ clientOverhead: 1.11 })).toEqual(['Typed client ÷ raw axios, time per call']);
    expect(notMet({ webhookP99Ms: 20 })).toEqual(['Webhook latency at 200 events/s, 1 subscription, p50 / p99']);
    expect(notMet({ lost: 1 })).toEqual(['Webhooks lost or badly signed']);
    expect(notMet({ coldLoadMs: 150 })).toEqual([
      'Cold load of the built Zapier app (zapier-platform-core preloaded)',
      'Cold load of the built n8n package (n8n-workflow preloaded)',
    ]);
    expect(notMet({ soakErrors: 1 })).toEqual(['Soak: 60 s mixed workload at 50 connections, errors']);
    expect(notMet({ fuzzRequests: 9_999 })).toEqual(['Fuzz: generated requests (npm run fuzz)']);
    expect(notMet({ fuzzStatuses: { 200: 9_999, 500: 1 } })).toEqual(['Fuzz: generated requests (npm run fuzz)']);
  });

  it('reports Reeve\'s figures beside Reevo\'s webhook rows, without a target of their own', () => {
    const reeve = {
      reeveWebhooks: {
        ratePerSecond: 200,
        providers: { shopify: { p50Ms: 1.5, p99Ms: 9.2, lost: 0, refused: 0, badSignatures: 0 }, stripe: { p50Ms: 1.7, p99Ms: 11, lost: 0, refused: 0, badSignatures: 0 } },
        reevoPeer: { p50Ms: 1.1, p99Ms: 8, lost: 0, refused: 0, badSignatures: 0 },
        loadAverage: { before: 1.23, after: 1.5 },
        machine: { cores: 2 },
      },
      reeveOAuth: { requestsPerDance: 4, perDanceMs: { dance: 3.2, gets: 1.6 }, ratio: 2 },
    };
    const rows = withReport<Row[]>('return report.targetRows(argument);', { ...resultsOf(passing), ...reeve });
    const figures = rows.map((row) => row[0]);
    const reeveRows = rows.filter((row) => row[0].startsWith('Reeve: '));
    expect(rows.find((row) => row[0].startsWith('… in the same run, Reevo'))?.[1]).toBe('1.1 / 8 ms (0 lost, 0 refused, 0 badly signed; load average 1.2 on 2 cores)');
    expect(reeveRows).toEqual([
      ['Reeve: Shopify webhook sent → Standard Webhooks delivery received at 200 deliveries/s, p50 / p99', '1.5 / 9.2 ms (0 lost, 0 refused, 0 badly signed; load average 1.2 on 2 cores)', '(none)', '—'],
      ['Reeve: Stripe webhook sent → Standard Webhooks delivery received at 200 deliveries/s, p50 / p99', '1.7 / 11 ms (0 lost, 0 refused, 0 badly signed; load average 1.2 on 2 cores)', '(none)', '—'],
      ['Reeve: OAuth dance (authorize → approve → callback → listed) ÷ 4 authenticated GETs', '2× (3.2 ms per dance)', '(none)', '—'],
    ]);
    expect(figures.indexOf(reeveRows[0]![0])).toBe(figures.indexOf('Webhooks lost or badly signed') + 1);
  });

  it('reports the MCP tool call overheads right after the client overhead, without a target of their own', () => {
    const mcp = { perCallUs: { client: 400, mcpInProcess: 480, mcpStdio: 500 }, overhead: { inProcess: 1.2, stdio: 1.25 } };
    const rows = withReport<Row[]>('return report.targetRows(argument);', { ...resultsOf(passing), mcp });
    const at = rows.findIndex((row) => row[0] === 'Typed client ÷ raw axios, time per call');
    expect(rows.slice(at + 1, at + 3)).toEqual([
      ['MCP tool call in process ÷ direct client call, time per call', '1.2× (480 µs vs 400 µs)', '(none)', '—'],
      ['MCP tool call over stdio (the built bin) ÷ direct client call', '1.25× (500 µs)', '(none)', '—'],
    ]);
  });

  it('matches the committed README and docs/benchmarks.md to the committed results (run npm run bench to refresh them)', () => {
    const readme = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
    const rendered = withReport<{ page: string; readme: string }>('return report.renderDocs(report.loadResults(), argument);', readme);
    expect(rendered.readme).toBe(readme);
    expect(rendered.page).toBe(readFileSync(join(REPO_DIR, 'docs', 'benchmarks.md'), 'utf8'));
  });
});
