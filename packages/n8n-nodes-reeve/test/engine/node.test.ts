/**
 * The Reeve node in n8n's real execution engine against the Reeve reference server over loopback: every operation,
 * the whole OAuth dance, and errors in words that name the fix (an expired session, a refused key, a foreign brand).
 */
import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { Reeve } from '../../nodes/Reeve/Reeve.node';
import { runReeveNode, shutdownEngine, type ReeveTestCredentials } from '../support/engine';
import { consent, reeveAdminOf, startReferenceServer, type ReeveAdminApi, type ReferenceServerHandle } from '../support/reference-server';

let server: ReferenceServerHandle;
let admin: ReeveAdminApi;
beforeAll(async () => {
	server = await startReferenceServer();
	admin = reeveAdminOf(server);
});
afterAll(async () => {
	await server.close();
	await shutdownEngine();
});

/** A key shaped like the provider's own, ending in the four characters a masked key shows. */
const keyLike = (prefix: string) => `${prefix}${'x'.repeat(24)}abcd`;
const STRIPE_KEY = keyLike('sk_live_');

async function user() {
	const created = await admin.user();
	const credentials: ReeveTestCredentials = { sessionToken: created.token, baseUrl: server.baseUrl };
	const run = async (parameters: INodeParameters, options: { credentials?: ReeveTestCredentials; continueOnFail?: boolean } = {}) =>
		await runReeveNode({ credentials: options.credentials ?? credentials, parameters, ...(options.continueOnFail ? { continueOnFail: true } : {}) });
	return { user: created, credentials, run };
}

function jsonOf(result: { items: Array<{ json: unknown }>; error: unknown }): unknown[] {
	expect(result.error).toBeUndefined();
	return result.items.map((item) => item.json);
}

const connectStripe = { resource: 'connection', operation: 'connect', provider: 'stripe', api_key: STRIPE_KEY };

describe('Reeve node in the n8n engine against the reference server', () => {
	it('connects an API-key provider, lists its connections one item each, gets one, and disconnects it', async () => {
		const { run } = await user();
		expect(jsonOf(await run(connectStripe))).toEqual([{ connected: true, provider: 'stripe', account_name: expect.any(String) }]);
		const posthog = { resource: 'connection', operation: 'connect', provider: 'posthog', api_key: keyLike('phc_') };
		expect(jsonOf(await run({ ...posthog, additionalFields: { config: { field: [{ key: 'project_id', value: '12345' }] } } }))).toEqual([
			expect.objectContaining({ connected: true, provider: 'posthog' }),
		]);

		const listed = jsonOf(await run({ resource: 'connection', operation: 'getAll' }));
		expect(listed).toEqual([
			expect.objectContaining({ provider: 'posthog', status: 'connected', type: 'api_key' }),
			expect.objectContaining({ provider: 'stripe', status: 'connected', type: 'api_key' }),
		]);
		expect(JSON.stringify(listed)).not.toContain(STRIPE_KEY);

		expect(jsonOf(await run({ resource: 'connection', operation: 'get', provider: 'stripe' }))).toEqual([expect.objectContaining({ provider: 'stripe', status: 'connected' })]);
		expect(jsonOf(await run({ resource: 'connection', operation: 'disconnect', provider: 'stripe' }))).toEqual([{ provider: 'stripe', status: 'disconnected', revoked: false }]);
		expect(jsonOf(await run({ resource: 'connection', operation: 'get', provider: 'stripe' }))).toEqual([expect.objectContaining({ provider: 'stripe', status: 'disconnected' })]);
	});

	it('runs the OAuth dance: the authorization URL, the consent, then Complete Authorization with the code and state', async () => {
		const { run } = await user();
		const [authorization] = jsonOf(await run({ resource: 'connection', operation: 'getAuthorizationUrl', provider: 'github', additionalFields: { redirect_uri: 'http://127.0.0.1:9/callback' } })) as Array<{ auth_url: string }>;
		expect(authorization?.auth_url).toMatch(/code_challenge_method=S256/);
		const redirect = await consent(authorization!.auth_url);
		expect(redirect.get('code')).toEqual(expect.any(String));

		const completed = await run({ resource: 'connection', operation: 'completeAuthorization', provider: 'github', additionalFields: { code: redirect.get('code'), state: redirect.get('state') } });
		expect(jsonOf(completed)).toEqual([{ connected: true, provider: 'github', account_name: expect.any(String) }]);
		expect(jsonOf(await run({ resource: 'connection', operation: 'get', provider: 'github' }))).toEqual([expect.objectContaining({ type: 'oauth', status: 'connected' })]);
	});

	it('gets the events of the last 7 days, one item each, filtered by type', async () => {
		const { user: owner, run } = await user();
		await run(connectStripe);
		await admin.providerEvent('stripe', { user_id: owner.id, type: 'payment_intent.succeeded' });
		await admin.providerEvent('stripe', { user_id: owner.id, type: 'invoice.created' });

		const all = jsonOf(await run({ resource: 'event', operation: 'getAll' })) as Array<{ type: string }>;
		expect(all.map((event) => event.type).sort()).toEqual(['connection.connected', 'stripe.invoice.created', 'stripe.payment.succeeded']);
		const payments = jsonOf(await run({ resource: 'event', operation: 'getAll', additionalFields: { type: 'stripe.payment.succeeded' } }));
		expect(payments).toEqual([expect.objectContaining({ type: 'stripe.payment.succeeded', provider: 'stripe', id: expect.stringMatching(/^evt_/) })]);
	});

	it('offers only the providers each operation takes', async () => {
		const providersOf = (operation: string) =>
			(new Reeve().description.properties.find((property: INodeProperties) => property.name === 'provider' && property.displayOptions?.show?.operation?.includes(operation))?.options ?? []).map(
				(option: unknown) => (option as { value: string }).value,
			);
		expect(providersOf('getAuthorizationUrl').sort()).toEqual(['github', 'google_ads', 'meta', 'shopify', 'slack', 'tiktok_ads']);
		expect(providersOf('completeAuthorization')).toEqual(expect.arrayContaining(['github', 'shopify']));
		expect(providersOf('connect')).toEqual(expect.arrayContaining(['stripe', 'google_analytics', 'zendesk']));
		expect(providersOf('connect')).not.toContain('shopify');
		expect(providersOf('disconnect')).toHaveLength(15);
	});

	it("names providers and event types in Reeve's words, not the catalog's values", () => {
		const optionsOf = (name: string, operation: string) =>
			(new Reeve().description.properties.find((property) => property.displayOptions?.show?.operation?.includes(operation) && property.name === name) ??
				new Reeve().description.properties.find((property) => property.name === 'additionalFields' && property.displayOptions?.show?.resource?.includes('event'))?.options?.find((option) => (option as INodeProperties).name === name)) as INodeProperties;
		const names = (property: INodeProperties) => (property.options ?? []).map((option) => (option as { name: string }).name);
		expect(names(optionsOf('provider', 'getAuthorizationUrl'))).toEqual(['GitHub', 'Google Ads', 'Meta Ads', 'Shopify', 'Slack', 'TikTok Ads']);
		expect(names(optionsOf('provider', 'connect'))).toEqual(expect.arrayContaining(['Google Analytics (GA4)', 'PostHog']));
		expect(names(optionsOf('type', 'getAll'))).toEqual(expect.arrayContaining(['New Stripe Payment', 'Connection Expired']));
	});

	it('takes the provider key in a password box', () => {
		const apiKey = new Reeve().description.properties.find((property) => property.name === 'api_key');
		expect(apiKey).toMatchObject({ type: 'string', required: true, typeOptions: { password: true } });
	});
});

describe('errors name the fix', () => {
	it('an expired or revoked session says to paste a new session token', async () => {
		const { user: owner, run } = await user();
		await admin.revokeSession(owner.token);
		const { error } = await run({ resource: 'connection', operation: 'getAll' });
		expect(error?.message).toMatch(/did not accept the session token/);
		expect(error?.description).toMatch(/lapsed after 30 days without use, or was revoked.*copy a new session token, paste it into this node's Reeve credential/);
	});

	it('a key the provider refuses shows its reason with the key masked, never the key', async () => {
		const { run } = await user();
		await admin.provider('stripe', { reject_next_key: true });
		const { error } = await run(connectStripe);
		expect(error?.message).toMatch(/Stripe/);
		expect(error?.message).toContain('sk_live_****abcd');
		// What the node says, and the API's answer n8n shows beneath it (the node's own parameters are n8n's to keep).
		const shown = { ...(JSON.parse(JSON.stringify(error)) as Record<string, unknown>), node: undefined };
		expect(JSON.stringify(shown)).not.toContain(STRIPE_KEY);
	});

	it('a provider that cannot be reached says to try again later, not to fix anything', async () => {
		const { run } = await user();
		await admin.provider('klaviyo', { reachable: false });
		try {
			const { error } = await run({ resource: 'connection', operation: 'connect', provider: 'klaviyo', api_key: keyLike('pk_') });
			expect(error).toMatchObject({ httpCode: '502', message: expect.stringMatching(/Klaviyo/) });
			expect(error?.description).toMatch(/provider behind it failed or could not be reached.*Run the node again in a few minutes/);
		} finally {
			await admin.provider('klaviyo', { reachable: true });
		}
	});

	it('a brand the user is not in names the Brand ID setting', async () => {
		const { credentials, run } = await user();
		const other = await admin.user();
		const { error } = await run({ resource: 'connection', operation: 'getAll' }, { credentials: { ...credentials, brandId: other.defaultBrandId } });
		expect(error?.message).toContain(`You are not a member of brand ${other.defaultBrandId}`);
		expect(error?.description).toMatch(/Brand ID of this node's Reeve credential/);
	});

	it('a brand the user is in scopes the requests (X-Reeve-Brand), and no brand means the default one', async () => {
		const { user: owner, credentials, run } = await user();
		const brand = await admin.brand('Second Brand', [owner.id]);
		await run(connectStripe, { credentials: { ...credentials, brandId: brand.id } });
		expect(jsonOf(await run({ resource: 'connection', operation: 'getAll' }, { credentials: { ...credentials, brandId: brand.id } }))).toEqual([expect.objectContaining({ provider: 'stripe', brand_id: brand.id })]);
		expect(jsonOf(await run({ resource: 'connection', operation: 'getAll' }))).toEqual([]);
	});

	it('a missing setting is refused by Reeve naming it; a provider never connected names how to connect it', async () => {
		const { run } = await user();
		const missing = await run({ resource: 'connection', operation: 'connect', provider: 'zendesk', api_key: keyLike('zd-') });
		expect(missing.error?.message).toMatch(/subdomain/);

		const never = await run({ resource: 'connection', operation: 'get', provider: 'shopify' });
		expect(never.error?.message).toBe('Shopify has never been connected in this brand');
		expect(never.error?.description).toMatch(/Get Authorization URL, then Complete Authorization/);
	});

	it('with Continue On Fail, a failed item is an output item with the error and its fix', async () => {
		const { run } = await user();
		const result = await run({ resource: 'connection', operation: 'disconnect', provider: 'figma' }, { continueOnFail: true });
		expect(jsonOf(result)).toEqual([{ error: expect.stringMatching(/figma/i), description: expect.stringMatching(/ID or URL|run the node again/) }]);
	});
});
