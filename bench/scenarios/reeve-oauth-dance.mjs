/**
 * Reeve's OAuth dance end to end, as a browser would take it minus the consent page: authorize → the fake provider's
 * consent with decision=approve (a 302 back with code and state) → callback (state check, PKCE code exchange, tokens
 * sealed with AES-256-GCM, lifecycle event) → the connection listed. Its peer in the same run is the same number of
 * plain authenticated GETs (four `GET /api/connectors/list`) on the same server and session, so the ratio is what the
 * dance costs beyond four requests. Rounds alternate between the two; figures are medians of time per dance.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { forkServer, stop } from '../support/children.mjs';
import { BENCH_DIR } from '../support/paths.mjs';
import { oauthDance, reeve, reeveUser } from '../support/reeve.mjs';
import { writeResult } from '../support/results.mjs';
import { median, round } from '../support/stats.mjs';

const PROVIDER = 'google_ads';
const DANCES_PER_ROUND = 200;
const ROUNDS = 5;
const REQUESTS_PER_DANCE = 4;

/** Milliseconds per repetition of `once`, run `count` times one after another. */
async function timePer(count, once) {
  const started = performance.now();
  for (let i = 0; i < count; i += 1) await once();
  return (performance.now() - started) / count;
}

export async function runReeveOAuthDance(log = console.log) {
  const server = await forkServer(join(BENCH_DIR, 'servers/reference.mjs'));
  try {
    const user = await reeveUser(server, 'dance');
    const list = async () => {
      const answer = await reeve(server, user.token, 'GET', '/api/connectors/list');
      if (answer.status !== 200) throw new Error(`GET /api/connectors/list answered ${answer.status}`);
      return answer.body;
    };
    const contenders = {
      dance: async () => {
        await oauthDance(server, user.token, PROVIDER);
        const { connections } = await list();
        if (!connections.some((connection) => connection.provider === PROVIDER && connection.status === 'connected')) throw new Error(`${PROVIDER} is not listed as connected after the dance`);
      },
      gets: async () => {
        for (let i = 0; i < REQUESTS_PER_DANCE; i += 1) await list();
      },
    };
    for (const once of Object.values(contenders)) await timePer(DANCES_PER_ROUND / 4, once); // warm-up
    const samples = { dance: [], gets: [] };
    for (let n = 0; n < ROUNDS; n += 1) {
      for (const [name, once] of Object.entries(contenders)) samples[name].push(await timePer(DANCES_PER_ROUND, once));
    }
    const perDanceMs = { dance: round(median(samples.dance), 3), gets: round(median(samples.gets), 3) };
    const ratio = round(perDanceMs.dance / perDanceMs.gets, 2);
    log(`  per dance: ${perDanceMs.dance} ms; ${REQUESTS_PER_DANCE} authenticated GETs: ${perDanceMs.gets} ms → ${ratio}×`);
    writeResult('reeve-oauth-dance', { provider: PROVIDER, dancesPerRound: DANCES_PER_ROUND, rounds: ROUNDS, requestsPerDance: REQUESTS_PER_DANCE, samples, perDanceMs, ratio });
    return { perDanceMs, ratio };
  } finally {
    await stop(server.child);
  }
}
