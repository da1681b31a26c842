/**
 * The baseline a user could write by hand: bare fastify with fastify-type-provider-zod and the catalog's own
 * schemas for Get Account and Create Account (request and response validated), records in a Map. No key check,
 * quota, permissions or journal: exactly what the reference server adds on top.
 */
import { randomUUID } from 'node:crypto';
import { paths, requireFromRepo } from '../support/paths.mjs';

const Fastify = requireFromRepo('fastify');
const { serializerCompiler, validatorCompiler } = requireFromRepo('fastify-type-provider-zod');
const { createAccount, getAccount, EXAMPLE_ACCOUNT, API_PATH_PREFIX } = requireFromRepo(paths.catalog);

const accounts = new Map([[EXAMPLE_ACCOUNT.id, EXAMPLE_ACCOUNT]]);
const app = Fastify({ logger: false });
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);

app.get(`${API_PATH_PREFIX}/accounts/:account_id`, { schema: { params: getAccount.params, response: { 200: getAccount.response } } }, async (request, reply) => {
  const account = accounts.get(request.params.account_id);
  if (!account) return reply.code(404).send({ detail: 'Not Found' });
  return account;
});

app.post(`${API_PATH_PREFIX}/accounts`, { schema: { body: createAccount.body, response: { 200: createAccount.response } } }, async (request) => {
  const now = new Date().toISOString();
  const { name, domain_name = null, owner_email = null, official_website = null, custom_fields = {} } = request.body;
  const account = { ...EXAMPLE_ACCOUNT, id: randomUUID(), name, domain_name, owner_email, official_website, custom_fields, linkedin_url: null, created_at: now, updated_at: now };
  accounts.set(account.id, account);
  return account;
});

await app.listen({ host: '127.0.0.1', port: 0 });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
process.send({ port: app.server.address().port, key: 'unused' });
