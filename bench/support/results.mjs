/** Results are JSON files under bench/results/, one per scenario, each stamped with the machine and versions. */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { RESULTS_DIR, REPO_DIR, BENCH_DIR } from './paths.mjs';

export function machine() {
  const versionIn = (dir) => (name) => JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  const repoVersion = versionIn(REPO_DIR);
  const benchRequire = versionIn(BENCH_DIR);
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    versions: {
      fastify: repoVersion('fastify'),
      'fastify-type-provider-zod': repoVersion('fastify-type-provider-zod'),
      zod: repoVersion('zod'),
      axios: repoVersion('axios'),
      '@modelcontextprotocol/sdk': repoVersion('@modelcontextprotocol/sdk'),
      autocannon: benchRequire('autocannon'),
      '@stoplight/prism-cli': benchRequire('@stoplight/prism-cli'),
    },
  };
}

export function writeResult(name, data) {
  if (!existsSync(RESULTS_DIR)) mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ name, at: new Date().toISOString(), machine: machine(), ...data }, null, 2)}\n`);
  return file;
}

export function readResult(name) {
  const file = join(RESULTS_DIR, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}
