/**
 * `npm run bench`: every benchmark in turn (each forks its servers on 127.0.0.1 and stops them by handle), then the
 * ratio table, the chart and docs/benchmarks.md. BENCH_ONLY=throughput,client,mcp,webhooks,reeve-webhooks,reeve-oauth,cold-load,soak picks some;
 * the page is always rebuilt from all the results on disk.
 */
import { ensureBenchTools } from './support/setup.mjs';
import { stopAll } from './support/children.mjs';

ensureBenchTools();
const { runThroughput } = await import('./scenarios/throughput.mjs');
const { runClientOverhead } = await import('./scenarios/client-overhead.mjs');
const { runMcpOverhead } = await import('./scenarios/mcp-overhead.mjs');
const { runWebhookLatency } = await import('./scenarios/webhook-latency.mjs');
const { runReeveWebhookLatency } = await import('./scenarios/reeve-webhook-latency.mjs');
const { runReeveOAuthDance } = await import('./scenarios/reeve-oauth-dance.mjs');
const { runColdLoad } = await import('./scenarios/cold-load.mjs');
const { runSoak } = await import('./scenarios/soak.mjs');
const { writeChart } = await import('./chart.mjs');
const { loadResults, printTable, writeDocs } = await import('./report.mjs');

const STEPS = {
  throughput: ['Throughput: reference server, Prism, bare fastify + zod', runThroughput],
  client: ['Client overhead against raw axios', runClientOverhead],
  mcp: ['MCP tool call against a direct client call', runMcpOverhead],
  webhooks: ['Webhook latency at 200 events/s', runWebhookLatency],
  'reeve-webhooks': ['Reeve: provider webhook in, Standard Webhooks delivery out, at 200 deliveries/s', runReeveWebhookLatency],
  'reeve-oauth': ['Reeve: the OAuth dance against four authenticated GETs', runReeveOAuthDance],
  'cold-load': ['Cold load and bundle size of the platform packages', runColdLoad],
  soak: ['Soak: mixed workload', runSoak],
};
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());

try {
  for (const [name, [title, run]] of Object.entries(STEPS)) {
    if (only && !only.includes(name)) continue;
    console.log(`\n${title}`);
    await run();
  }
} finally {
  await stopAll();
}
const results = loadResults();
if (results.throughput) console.log(`\nChart: ${writeChart()}`);
const rows = writeDocs(results);
console.log('docs/benchmarks.md updated.\n');
printTable(rows);
