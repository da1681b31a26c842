/** Each product's event catalog and contract, readable as resources, and only the configured products' ones. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reevoApi } from '@integration-pack/core/reevo/api';
import { reeveApi } from '@integration-pack/core/reeve/api';
import { connectInProcess } from './support/harness';

const REPO = join(__dirname, '..', '..', '..');
// No request reaches an API here: listing and reading resources needs no server.
const BOTH = { REEVO_API_KEY: 'rk_unused', REEVE_SESSION_TOKEN: 'unused-session' };

it('lists both products’ event catalogs and contracts', async () => {
  const client = await connectInProcess(BOTH);
  const { resources } = await client.listResources();
  expect(resources.map((resource) => [resource.uri, resource.mimeType])).toEqual([
    ['reevo://events', 'application/json'],
    ['reevo://contract', 'text/markdown'],
    ['reeve://events', 'application/json'],
    ['reeve://contract', 'text/markdown'],
  ]);
  await client.close();
});

it.each([
  ['reevo', reevoApi, 'docs/reevo-api.md'],
  ['reeve', reeveApi, 'docs/reeve-api.md'],
] as const)('reads %s’s events from its definition and its contract from the repo’s document', async (prefix, definition, contract) => {
  const client = await connectInProcess(BOTH);
  const events = await client.readResource({ uri: `${prefix}://events` });
  const [eventsText] = events.contents;
  expect(JSON.parse((eventsText as { text: string }).text)).toEqual(JSON.parse(JSON.stringify(definition.events)));
  const document = await client.readResource({ uri: `${prefix}://contract` });
  expect((document.contents[0] as { text: string }).text).toBe(readFileSync(join(REPO, contract), 'utf8'));
  await client.close();
});

it('offers only the configured product’s resources and tools, and says so in its instructions', async () => {
  const client = await connectInProcess({ REEVE_SESSION_TOKEN: 'unused-session' });
  expect(client.getServerVersion()?.title).toBe('Reeve');
  expect(client.getInstructions()).toMatch(/^Tools named reeve_\* act on a Reeve user's connectors/);
  expect(client.getInstructions()).not.toContain('reevo');
  expect((await client.listResources()).resources.map((resource) => resource.uri)).toEqual(['reeve://events', 'reeve://contract']);
  expect((await client.listTools()).tools.every((tool) => tool.name.startsWith('reeve_'))).toBe(true);
  await expect(client.readResource({ uri: 'reevo://events' })).rejects.toThrow(/reevo:\/\/events/);
  await client.close();
});
