/**
 * The rules of docs/reevo-api.md §1 and §4 that the schemas cannot carry, as the server enforces them: most in a fresh demo
 * workspace (the admin API), the refusals that change nothing with the target's own key.
 */
import { EXAMPLE, EXAMPLE_CONTACT, ReevoBadRequestError, ReevoNotFoundError } from '@reevo/client';
import type { TestWorkspace } from '@reevo/reference-server/testing';
import type { AdminSession, Session } from './target';

const ACCOUNT_PATH = `/api/v1/public/accounts/${EXAMPLE.accountId}`;

export function describeBusinessRules(session: () => AdminSession) {
  let workspace: TestWorkspace;
  const client = () => session().client(workspace.fullKey);
  beforeEach(async () => {
    workspace = await session().admin.workspace();
  });

  it('upsert: matches the account by website domain without www, else by company name, else creates it', async () => {
    const byDomain = await client().accountContact.upsert({ email: 'a1@example.com', account_website: 'http://acme.com/about' });
    expect(byDomain).toMatchObject({ account_created: false, account: { id: EXAMPLE.accountId } });
    const byName = await client().accountContact.upsert({ email: 'a2@example.com', company: 'aCME' });
    expect(byName).toMatchObject({ account_created: false, account: { id: EXAMPLE.accountId } });
    const created = await client().accountContact.upsert({ email: 'a3@example.com', account_website: 'https://www.piedpiper.com' });
    expect(created).toMatchObject({ account_created: true, contact_created: true, account: { domain_name: 'piedpiper.com', name: 'piedpiper.com' } });
    expect(created.contact.account_id).toBe(created.account?.id);
  });

  it('PATCH: omitted fields stay, null clears, custom fields merge and null removes a key', async () => {
    await client().accounts.update({ account_id: EXAMPLE.accountId, custom_fields: { tier: 'Gold', region: 'EMEA' } });
    const updated = await client().accounts.update({ account_id: EXAMPLE.accountId, linkedin_url: null, custom_fields: { region: null } });
    expect(updated.linkedin_url).toBeNull();
    expect(updated.name).toBe('Acme');
    expect(updated.custom_fields).toEqual({ industry: 'Manufacturing', tier: 'Gold' });
  });

  it('PATCH an opportunity with a stage: 400 pointing to Shift Stage', async () => {
    const response = await session().raw({ method: 'PATCH', path: `/api/v1/public/opportunities/${EXAMPLE.opportunityId}`, key: workspace.fullKey, body: { stage_name: 'Closed Won' } });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'BadRequestError', message: expect.stringMatching(/shift_stage|Shift/) });
  });

  it('shift stage: unknown stage and closed stages without valid reasons are refused with the valid choices', async () => {
    const unknown = await client().opportunities.shiftStage({ opportunity_id: EXAMPLE.opportunityId, target_stage_name: 'Won-ish' }).catch((caught: unknown) => caught);
    expect(unknown).toBeInstanceOf(ReevoBadRequestError);
    expect((unknown as Error).message).toMatch(/Discovery.*Qualified/);
    const noReason = await client().opportunities.shiftStage({ opportunity_id: EXAMPLE.opportunityId, target_stage_name: 'Closed Lost' }).catch((caught: unknown) => caught);
    expect(noReason).toBeInstanceOf(ReevoBadRequestError);
    expect((noReason as Error).message).toMatch(/closed_reason_names/);
    const wrongReason = await client().opportunities.shiftStage({ opportunity_id: EXAMPLE.opportunityId, target_stage_name: 'Closed Lost', closed_reason_names: ['Product Fit'] }).catch((caught: unknown) => caught);
    expect(wrongReason).toBeInstanceOf(ReevoBadRequestError);
    expect((wrongReason as Error).message).toMatch(/Competitor/);
  });

  it('owner emails must belong to a workspace user', async () => {
    const error = await client().accounts.create({ name: 'X', owner_email: 'ghost@example.com' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReevoBadRequestError);
    expect((error as Error).message).toMatch(/ghost@example\.com/);
  });

  it('retrieval: exactly one key (else 422), phone normalised, a miss is 404', async () => {
    const none = await session().raw({ method: 'GET', path: '/api/v1/public/account_and_contact_retrieval', key: workspace.fullKey });
    expect(none.status).toBe(422);
    const two = await session().raw({ method: 'GET', path: '/api/v1/public/account_and_contact_retrieval', key: workspace.fullKey, query: { payload_type: 'json', contact_email: EXAMPLE.contactEmail, account_domain: 'acme.com' } });
    expect(two.status).toBe(422);
    const spaced = await client().accountContact.retrieve({ contact_phone_number: '+1 (415) 123-4567' });
    expect(spaced.contacts.map((contact) => contact.id)).toEqual([EXAMPLE_CONTACT.id]);
    await expect(client().accountContact.retrieve({ contact_email: 'nobody@example.com' })).rejects.toBeInstanceOf(ReevoNotFoundError);
  });

  it('searches: newest first, limit and offset, and the end is a short page', async () => {
    const names = ['Zeta One', 'Zeta Two', 'Zeta Three'];
    for (const name of names) {
      await client().accounts.create({ name, domain_name: `${name.toLowerCase().replace(' ', '-')}.zeta.io` });
      // A second apart, so created_at alone decides the order (equal timestamps fall back to the id).
      await session().admin.advanceClock(1);
    }
    const firstPage = await client().accounts.search({ domain_name: 'zeta.io', limit: 2 });
    const secondPage = await client().accounts.search({ domain_name: 'zeta.io', limit: 2, offset: 2 });
    expect([...firstPage, ...secondPage].map((account) => account.name)).toEqual(['Zeta Three', 'Zeta Two', 'Zeta One']);
    expect(secondPage).toHaveLength(1);
  });

  it('payload_type: missing is json, json is recorded, anything else is a 422 naming it', async () => {
    const withoutIt = await session().raw({ method: 'GET', path: ACCOUNT_PATH, key: workspace.fullKey, query: {} });
    expect(withoutIt.status).toBe(200);
    const xml = await session().raw({ method: 'GET', path: ACCOUNT_PATH, key: workspace.fullKey, query: { payload_type: 'xml' } });
    expect(xml.status).toBe(422);
    expect(xml.body).toMatchObject({ detail: [{ loc: ['query', 'payload_type'] }] });
    await client().accounts.get({ account_id: EXAMPLE.accountId });
    const journal = await workspace.journal();
    expect(journal.map((entry) => entry.payloadType)).toEqual(expect.arrayContaining([null, 'xml', 'json']));
    expect(journal.every((entry) => !JSON.stringify(entry).includes(workspace.fullKey))).toBe(true);
  });

  it('a bodyless request with Content-Type: application/json is accepted', async () => {
    const response = await session().raw({ method: 'GET', path: ACCOUNT_PATH, key: workspace.fullKey, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
  });

  it('the x-api-key header matches in any case', async () => {
    const response = await session().raw({ method: 'GET', path: ACCOUNT_PATH, headers: { 'X-API-KEY': workspace.fullKey } });
    expect(response.status).toBe(200);
  });

  it('webhook URLs: loopback http is allowed, other hosts are refused with the fix', async () => {
    const error = await client().webhooks.create({ url: 'https://hooks.example.com/reevo', events: ['contact.created'] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReevoBadRequestError);
    expect((error as Error).message).toMatch(/loopback|allow/i);
  });
}

/** The rules a server shows with any workspace's key: each request is refused, so nothing is created. */
export function describeKeyOnlyBusinessRules(session: () => Session) {
  it('an unknown body field is refused, named', async () => {
    const response = await session().raw({ method: 'POST', path: '/api/v1/public/accounts', key: session().apiKey, body: { name: 'X', nmae: 'typo' } });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ detail: [{ loc: ['body', 'nmae'], type: 'extra_forbidden' }] });
  });

  it('bad JSON is a 422, not a 5xx', async () => {
    const response = await session().raw({ method: 'POST', path: '/api/v1/public/accounts', key: session().apiKey, rawBody: '{"name": ' });
    expect(response.status).toBe(422);
  });
}
