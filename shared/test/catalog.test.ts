import {
  ALL_PERMISSIONS,
  EVENT_TYPES,
  catalog,
  catalogEntries,
  operations,
  pathParamNames,
  type OperationSpec,
  type Permission,
} from '@integration-pack/core/reevo/api';
import * as z from 'zod';

/** docs/reevo-api.md §4, row by row: method, path (under /api/v1/public) and the permissions each endpoint needs. */
const CONTRACT: [string, string, Permission[]][] = [
  ['POST', '/account_contact', ['accounts:write', 'contacts:write']],
  ['POST', '/accounts', ['accounts:write']],
  ['PATCH', '/accounts/{account_id}', ['accounts:write']],
  ['GET', '/accounts/{account_id}', ['accounts:read']],
  ['POST', '/accounts/search', ['accounts:read']],
  ['GET', '/contacts/{contact_id}', ['contacts:read']],
  ['POST', '/contacts/search', ['contacts:read']],
  ['POST', '/opportunities', ['opportunities:write']],
  ['PATCH', '/opportunities/{opportunity_id}', ['opportunities:write']],
  ['GET', '/opportunities/{opportunity_id}', ['opportunities:read']],
  ['POST', '/opportunities/search', ['opportunities:read']],
  ['POST', '/opportunities/{opportunity_id}/shift_stage', ['opportunities:write']],
  ['POST', '/tasks', ['tasks:write']],
  ['POST', '/manual_activities', ['activities:write']],
  ['POST', '/users/search', ['users:read']],
  ['POST', '/mailboxes/search', ['mailbox:read']],
  ['POST', '/sequence_enrollments', ['sequence_enrollment:write']],
  ['GET', '/account_and_contact_retrieval', ['accounts:read', 'contacts:read']],
  ['POST', '/webhooks', ['webhooks:write']],
  ['GET', '/webhooks', ['webhooks:read']],
  ['GET', '/webhooks/{webhook_id}', ['webhooks:read']],
  ['DELETE', '/webhooks/{webhook_id}', ['webhooks:write']],
];

const byRoute = (method: string, path: string) =>
  operations.find((operation) => operation.method === method && operation.path === `/api/v1/public${path}`);

describe('the catalog', () => {
  it('holds exactly the 22 operations of docs/reevo-api.md §4 with their permissions', () => {
    expect(operations).toHaveLength(22);
    for (const [method, path, permissions] of CONTRACT) {
      const operation = byRoute(method, path);
      expect({ route: `${method} ${path}`, found: Boolean(operation) }).toEqual({ route: `${method} ${path}`, found: true });
      expect([...(operation as OperationSpec).permissions].sort()).toEqual([...permissions].sort());
    }
  });

  it('gives every operation a unique id and a unique route', () => {
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const routes = operations.map((operation) => `${operation.method} ${operation.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it.each(catalogEntries.map((entry) => [entry.operation.operationId, entry.operation] as const))(
    '%s: path params, permissions, events and words are consistent',
    (_id, operation) => {
      expect(Object.keys(operation.params?.shape ?? {}).sort()).toEqual(pathParamNames(operation.path).sort());
      for (const permission of operation.permissions) expect(ALL_PERMISSIONS).toContain(permission);
      for (const event of operation.emits) expect(EVENT_TYPES).toContain(event);
      expect(operation.summary).toMatch(/^[A-Z]/);
      expect(operation.description.length).toBeGreaterThan(20);
      expect(['R', 'T', 'C']).toContain(operation.source);
      expect(operation.examples.length).toBeGreaterThan(0);
      // One flat input object per call: a key may live in only one of path, query and body.
      const keys = [operation.params, operation.query, operation.body].flatMap((schema) => Object.keys(schema?.shape ?? {}));
      expect(new Set(keys).size).toBe(keys.length);
      if (operation.successStatus === 204) expect(operation.response).toBeUndefined();
      else expect(operation.response).toBeDefined();
      expect(operation.safeToRetry).toBe(operation.method === 'GET' || operation.method === 'DELETE' || /\/search$/.test(operation.path));
    },
  );

  it.each(catalogEntries.flatMap((entry) => entry.operation.examples.map((example) => [entry.operation.operationId, example.name, entry.operation, example] as const)))(
    '%s example "%s" parses against the schemas',
    (_id, _name, operation, example) => {
      if (operation.params) operation.params.parse(example.request.params ?? {});
      if (operation.query) operation.query.parse(example.request.query ?? {});
      if (operation.body) operation.body.parse(example.request.body ?? {});
      expect(example.response.status).toBe(operation.successStatus);
      if (operation.response) operation.response.parse(example.response.body);
      else expect(example.response.body).toBeUndefined();
    },
  );

  it('describes every request field with a title and a description', () => {
    for (const operation of operations) {
      for (const schema of [operation.params, operation.query, operation.body]) {
        const json = schema ? (z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, { title?: string; description?: string }> }) : {};
        for (const [key, property] of Object.entries(json.properties ?? {})) {
          expect({ field: `${operation.operationId}.${key}`, title: Boolean(property.title), description: Boolean(property.description) }).toEqual({
            field: `${operation.operationId}.${key}`,
            title: true,
            description: true,
          });
        }
      }
    }
  });

  it('accepts unknown keys on response objects (Reevo may add fields) and refuses them in requests', () => {
    const account = catalog.accounts.get.response.parse({ ...catalog.accounts.get.examples[0]!.response.body as object, brand_new_field: 1 });
    expect(account).toHaveProperty('brand_new_field', 1);
    expect(catalog.accounts.create.body.safeParse({ name: 'Acme', nmae: 'typo' }).success).toBe(false);
  });

  it('pages only the searches that take limit and offset, with the defaults of docs/reevo-api.md', () => {
    const paged = operations.filter((operation) => operation.pagination).map((operation) => [operation.operationId, operation.pagination?.defaultLimit]);
    expect(paged).toEqual([
      ['searchAccounts', 100],
      ['searchContacts', 50],
      ['searchOpportunities', 50],
    ]);
    expect(catalog.accounts.search.body.parse({ domain_name: 'acme.com' })).toEqual({ domain_name: 'acme.com', limit: 100, offset: 0 });
    expect(catalog.accounts.search.body.safeParse({ domain_name: 'acme.com', limit: 201 }).success).toBe(false);
  });

  it('encodes the rules the schemas can carry: one retrieval key, a contact search filter, no stage in a PATCH', () => {
    const retrieval = catalog.accountContact.retrieve.query;
    expect(retrieval.safeParse({ contact_email: 'jane.doe@acme.com' }).success).toBe(true);
    expect(retrieval.safeParse({}).success).toBe(false);
    expect(retrieval.safeParse({ contact_email: 'jane.doe@acme.com', account_domain: 'acme.com' }).success).toBe(false);
    expect(catalog.contacts.search.body.safeParse({ limit: 10 }).success).toBe(false);
    expect(Object.keys(catalog.opportunities.update.rejectedBodyFields)).toEqual(['stage_name', 'target_stage_name']);
    expect(catalog.opportunities.update.rejectedBodyFields.stage_name).toMatch(/Use Shift Stage \(POST \/opportunities\/\{opportunity_id\}\/shift_stage\)/);
  });
});
