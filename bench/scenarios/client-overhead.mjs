/**
 * The typed client against raw axios, on the same reference server and the same call (Get Account): the client
 * adds request building, local validation, error mapping and response validation. Rounds alternate between the two
 * so that drift on a noisy machine hits both; the overhead is the ratio of median time per call.
 */
import { join } from 'node:path';
import { forkServer, stop } from '../support/children.mjs';
import { BENCH_DIR, paths, requireFromRepo } from '../support/paths.mjs';
import { median, round } from '../support/stats.mjs';
import { writeResult } from '../support/results.mjs';
import { timeCalls } from '../support/timed-calls.mjs';

const axios = requireFromRepo('axios');
const { createReevoClient, EXAMPLE } = requireFromRepo(paths.client);

const CONCURRENCY = 20;
const CALLS_PER_ROUND = 4000;
const ROUNDS = 5;

const timed = (call) => timeCalls(call, { calls: CALLS_PER_ROUND, concurrency: CONCURRENCY });

export async function runClientOverhead(log = console.log) {
  const server = await forkServer(join(BENCH_DIR, 'servers/reference.mjs'));
  try {
    const client = createReevoClient({ apiKey: server.key, baseUrl: server.baseUrl });
    const raw = axios.create({ baseURL: server.baseUrl, headers: { 'x-api-key': server.key } });
    const url = `/api/v1/public/accounts/${EXAMPLE.accountId}?payload_type=json`;
    const contenders = {
      axios: () => raw.get(url).then((response) => response.data),
      client: () => client.accounts.get({ account_id: EXAMPLE.accountId }),
    };
    for (const call of Object.values(contenders)) await timed(call); // warm-up
    const samples = { axios: [], client: [] };
    for (let i = 0; i < ROUNDS; i += 1) {
      for (const [name, call] of Object.entries(contenders)) samples[name].push(await timed(call));
    }
    const perCallUs = { axios: round(median(samples.axios), 1), client: round(median(samples.client), 1) };
    const overhead = round(perCallUs.client / perCallUs.axios, 3);
    log(`  per call: axios ${perCallUs.axios} µs, client ${perCallUs.client} µs → ${overhead}×`);
    writeResult('client-overhead', { concurrency: CONCURRENCY, callsPerRound: CALLS_PER_ROUND, rounds: ROUNDS, perCallUs, samples, overhead, target: 1.1 });
    return { perCallUs, overhead };
  } finally {
    await stop(server.child);
  }
}
