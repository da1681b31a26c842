/**
 * The tools as the catalogs derive them, without a server: one per operation (the coverage test), names, schemas,
 * annotations and descriptions.
 */
import * as z from 'zod';
import { catalogEntriesOf, type ApiDefinition } from '@integration-pack/core/machine';
import { reevoApi } from '@integration-pack/core/reevo/api';
import { reeveApi } from '@integration-pack/core/reeve/api';
import { apiToolsOf, PRODUCTS, toolName } from '../src/index';
import { JSON_SCHEMA_FORMATS } from '../src/tools/tool-schemas';

const DEFINITIONS: [string, ApiDefinition][] = [
  ['reevo', reevoApi],
  ['reeve', reeveApi],
];

describe.each(DEFINITIONS)('the %s tools', (prefix, definition) => {
  const tools = apiToolsOf(definition, prefix);
  const entries = catalogEntriesOf(definition.catalog);

  it('are one per catalog operation (coverage: an operation without a tool fails here)', () => {
    expect(tools.map((tool) => tool.operation.operationId).sort()).toEqual(entries.map(({ operation }) => operation.operationId).sort());
    expect(new Set(tools.map((tool) => tool.name)).size).toBe(entries.length);
  });

  it.each(entries.map((entry) => [entry.operation.operationId, entry] as const))('%s is named after its product, group and method', (_id, { group, name, operation }) => {
    const tool = tools.find((candidate) => candidate.operation === operation)!;
    expect(tool.name).toBe(toolName(prefix, group, name));
    expect(tool.name).toMatch(new RegExp(`^${prefix}_[a-z_]+$`));
    expect(tool.title).toBe(operation.summary);
  });

  it.each(entries.map((entry) => [entry.operation.operationId, entry.operation] as const))('%s requires what its zod schemas require', (_id, operation) => {
    const tool = tools.find((candidate) => candidate.operation === operation)!;
    const shapes = [operation.params, operation.query, operation.body].filter((schema) => schema !== undefined);
    const required = shapes.flatMap((schema) => Object.entries(schema.shape).filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success).map(([key]) => key));
    expect(((tool.inputSchema.required as string[] | undefined) ?? []).sort()).toEqual(required.sort());
    expect(Object.keys(tool.inputSchema.properties as object).sort()).toEqual(shapes.flatMap((schema) => Object.keys(schema.shape)).sort());
  });

  it('take only declared arguments, except where the API takes parameters of its own (the OAuth callback)', () => {
    const open = tools.filter((tool) => tool.inputSchema.additionalProperties !== false).map((tool) => tool.name);
    expect(open).toEqual(prefix === 'reeve' ? ['reeve_connections_complete_authorization'] : []);
  });

  it('mark reads and searches read-only, deletes and disconnects destructive, safe repeats idempotent', () => {
    // Told by the action's own word, independently of how the annotations are derived.
    for (const { name, operation, annotations } of tools) {
      expect([name, annotations.readOnlyHint]).toEqual([name, /_(get|search|retrieve|list|get_authorization_url)$/.test(name)]);
      expect([name, annotations.destructiveHint]).toEqual([name, /_(delete|disconnect)$/.test(name)]);
      expect([name, annotations.idempotentHint]).toEqual([name, operation.safeToRetry]);
      expect([name, annotations.openWorldHint]).toEqual([name, true]);
    }
  });

  it("use only JSON Schema's own formats (a validator warns on zod's `starts_with`)", () => {
    const formats = tools.flatMap((tool) => [...JSON.stringify([tool.inputSchema, tool.outputSchema]).matchAll(/"format":"([^"]+)"/g)].map((match) => match[1]!));
    expect(formats.filter((format) => !JSON_SCHEMA_FORMATS.has(format))).toEqual([]);
  });

  it('give an output schema to every operation that answers a body, always an object', () => {
    for (const tool of tools) {
      if (tool.operation.response) expect(tool.outputSchema?.type).toBe('object');
      else expect(tool.outputSchema).toBeUndefined();
    }
  });
});

describe('the Reevo tools in particular', () => {
  const tools = apiToolsOf(reevoApi, 'reevo');
  const byName = (name: string) => tools.find((tool) => tool.name === name)!;

  it('keep the names the decisions record', () => {
    expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['reevo_accounts_create', 'reevo_account_contact_upsert', 'reevo_opportunities_shift_stage', 'reevo_sequence_enrollments_enroll', 'reevo_webhooks_delete']));
  });

  it('say which permission a tool needs, and which tool to prefer by its name', () => {
    const create = byName('reevo_accounts_create');
    expect(create.description).toContain('Accounts Write (accounts:write)');
    expect(create.description).toContain('Upsert Account and Contact (the tool reevo_account_contact_upsert)');
    expect(create.description).toContain('Emits the webhook event account.created.');
    // Named by its method in words, not its summary ("Shift Opportunity Stage").
    expect(byName('reevo_opportunities_update').description).toContain('use Shift Stage (the tool reevo_opportunities_shift_stage).');
    expect(byName('reevo_webhooks_create').description).toContain('Each value of events needs its own read permission too.');
  });

  it('wrap a page of a search as items with has_more and next_offset, its named types at the root', () => {
    const search = byName('reevo_accounts_search');
    expect(search.outputSchema).toMatchObject({ type: 'object', required: ['items', 'has_more', 'next_offset'], properties: { items: { type: 'array' } } });
    // `#/$defs/…` references resolve from the root: the definitions must be there, not inside items.
    const text = JSON.stringify(search.outputSchema);
    for (const [, name] of text.matchAll(/"#\/\$defs\/([^"]+)"/g)) expect((search.outputSchema!.$defs as Record<string, unknown>)[name!]).toBeDefined();
    expect(search.description).toContain('When has_more is true, call again with offset set to next_offset');
  });

  it('wrap a bare list that does not page as items alone', () => {
    expect(byName('reevo_users_search').outputSchema).toMatchObject({ type: 'object', required: ['items'] });
    expect(byName('reevo_users_search').description).toContain('Answers every match at once');
  });

  it('answer no output schema for a 204', () => {
    expect(byName('reevo_webhooks_delete').outputSchema).toBeUndefined();
  });
});

describe('the Reeve tools in particular', () => {
  it('name no permission (a session may do all its user may) and mark disconnecting destructive', () => {
    const tools = apiToolsOf(reeveApi, 'reeve');
    for (const tool of tools) expect(tool.description).not.toContain('permission');
    expect(tools.find((tool) => tool.name === 'reeve_connections_disconnect')?.annotations).toMatchObject({ destructiveHint: true, readOnlyHint: false });
  });
});

it('every product the server knows is one of these definitions', () => {
  expect(PRODUCTS.map((product) => [product.prefix, product.definition])).toEqual(DEFINITIONS);
});
