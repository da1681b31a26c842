/**
 * Prism 5.14.2 mocking our committed openapi.json: the tool users would otherwise pick. Run with logging at `warn`
 * (its fastest setting: per-request info logging costs it more) so the comparison is the kindest to Prism.
 */
import { createServer } from 'node:net';
import { paths } from '../support/paths.mjs';
import { spawnServer } from '../support/children.mjs';

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startPrism() {
  const port = await freePort();
  const { child } = await spawnServer(paths.prism, ['mock', paths.openapi, '--host', '127.0.0.1', '--port', String(port), '--verboseLevel', 'warn'], `http://127.0.0.1:${port}/__probe`);
  return { child, port, baseUrl: `http://127.0.0.1:${port}`, key: 'any-key-prism-accepts' };
}
