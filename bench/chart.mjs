/**
 * The benchmark chart, as plain SVG written by hand (no browser, no chart library): throughput of the three
 * servers on both routes, from bench/results/throughput.json, with the ratios the targets are about.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './support/paths.mjs';
import { readResult } from './support/results.mjs';

const SERVERS = [
  { key: 'reference', label: 'Reevo reference server', color: '#2563eb' },
  { key: 'fastifyZod', label: 'bare fastify + zod', color: '#9ca3af' },
  { key: 'prism', label: 'Prism 5.14.2', color: '#f59e0b' },
];
const ROUTES = [
  { key: 'getById', label: 'GET account by id' },
  { key: 'validatedPost', label: 'Validated POST (create account)' },
];

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function renderChart(throughput) {
  const width = 760;
  const left = 230;
  const barHeight = 22;
  const gap = 6;
  const groupGap = 34;
  const top = 56;
  const max = Math.max(...ROUTES.flatMap((route) => SERVERS.map((server) => throughput.figures[server.key][route.key].reqPerSec)));
  const scale = (width - left - 90) / max;
  const parts = [];
  let y = top;
  for (const route of ROUTES) {
    const ratios = throughput.ratios[route.key];
    parts.push(`<text x="16" y="${y - 8}" font-weight="bold">${escape(route.label)}: ${ratios.vsPrism}× Prism, ${ratios.vsFastifyZod}× bare fastify + zod</text>`);
    for (const server of SERVERS) {
      const figure = throughput.figures[server.key][route.key];
      const length = Math.max(1, figure.reqPerSec * scale);
      parts.push(`<text x="${left - 8}" y="${y + 15}" text-anchor="end">${escape(server.label)}</text>`);
      parts.push(`<rect x="${left}" y="${y}" width="${length.toFixed(1)}" height="${barHeight}" fill="${server.color}"/>`);
      parts.push(`<text x="${left + length + 6}" y="${y + 15}">${figure.reqPerSec.toLocaleString('en-US')} req/s · p99 ${figure.p99Ms} ms</text>`);
      y += barHeight + gap;
    }
    y += groupGap;
  }
  const height = y - groupGap + 28;
  const machine = throughput.machine;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="13" fill="#111827">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="24" font-size="16" font-weight="bold">Throughput at 50 connections (median of ${throughput.figures.reference.getById.reqPerSecRounds.length} rounds, higher is better)</text>`,
    ...parts,
    `<text x="16" y="${height - 10}" font-size="11" fill="#6b7280">${escape(`${machine.cores} × ${machine.cpu}, Node ${machine.node}, fastify ${machine.versions.fastify}, zod ${machine.versions.zod}, autocannon ${machine.versions.autocannon}; ${throughput.at.slice(0, 10)}`)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

export function writeChart() {
  const throughput = readResult('throughput');
  if (!throughput) throw new Error('No bench/results/throughput.json yet: run npm run bench first.');
  const file = join(RESULTS_DIR, 'throughput.svg');
  writeFileSync(file, renderChart(throughput));
  return file;
}
