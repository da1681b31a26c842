/** The Reevo API credential's test, run as n8n's credential tester runs it, against the reference server. */
import nock from 'nock';
import { createReevoClient } from '@reevo/client';
import { shutdownEngine } from '../support/engine';
import { testCredential } from '../support/credential-test';
import { startReferenceServer, type ReferenceServerHandle } from '../support/reference-server';

let server: ReferenceServerHandle;
beforeAll(async () => {
	server = await startReferenceServer();
});
afterAll(async () => {
	await server.close();
	await shutdownEngine();
	// nock patches Node's http module, which every later test file in this jest worker shares: take the patch off.
	nock.restore();
});

describe('Reevo API credential test', () => {
	it('passes for a valid key on a workspace with no webhook subscription, and with one', async () => {
		const workspace = await server.createWorkspace({ seed: 'demo' });
		const client = createReevoClient({ apiKey: workspace.fullKey, baseUrl: server.baseUrl });
		expect(await client.webhooks.list()).toEqual([]);
		expect(await testCredential({ apiKey: workspace.fullKey, baseUrl: server.baseUrl })).toEqual({ status: 'OK', message: expect.any(String) });

		await client.webhooks.create({ url: 'http://127.0.0.1:9/hook', events: ['account.created'] });
		expect(await testCredential({ apiKey: workspace.fullKey, baseUrl: `${server.baseUrl}/` })).toMatchObject({ status: 'OK' });
	});

	it('passes for any valid key, whatever its permissions, none at all included', async () => {
		const workspace = await server.createWorkspace();
		for (const permissions of [[], ['webhooks:read'], ['contacts:write'], ['accounts:read']] as const) {
			const key = await workspace.key(permissions);
			expect({ permissions, result: await testCredential({ apiKey: key, baseUrl: server.baseUrl }) }).toEqual({ permissions, result: { status: 'OK', message: expect.any(String) } });
		}
	});

	it('fails with a clear message for an unknown or expired key', async () => {
		const workspace = await server.createWorkspace();
		const unknown = await testCredential({ apiKey: 'rv_not_a_key', baseUrl: server.baseUrl });
		expect(unknown).toEqual({ status: 'Error', message: expect.stringMatching(/did not accept this API key.*Settings → API Keys/) });

		const expiring = await workspace.key('all');
		await workspace.expireKey(expiring);
		expect(await testCredential({ apiKey: expiring, baseUrl: server.baseUrl })).toEqual({ status: 'Error', message: unknown.message });
	});

	describe('fails when the base URL is not a Reevo API', () => {
		const notReevo = { status: 'Error', message: expect.stringContaining('does not point at the Reevo API') };

		it('a path of the reference server that is not the API (its own 404)', async () => {
			const workspace = await server.createWorkspace();
			expect(await testCredential({ apiKey: workspace.fullKey, baseUrl: `${server.baseUrl}/not-reevo` })).toEqual(notReevo);
		});

		it.each([
			['a 404 with another JSON body (as the n8n editor answers)', 404, 'application/json', '{"code":404,"message":"The requested webhook is not registered."}'],
			['an HTML page answered with 200', 200, 'text/html', '<!doctype html><html><body>n8n.io - Workflow Automation</body></html>'],
			['a JSON list answered with 200', 200, 'application/json', '[{"id":1}]'],
			['a JSON object answered with 200', 200, 'application/json', '{"ok":true}'],
		])('%s', async (_name, status, contentType, body) => {
			// Some other website: nock stands in, since it must answer what no Reevo server would.
			const other = nock('http://other-site.test').get(/.*/).query(true).reply(status, body, { 'content-type': contentType });
			try {
				expect(await testCredential({ apiKey: 'rv_any', baseUrl: 'http://other-site.test' })).toEqual(notReevo);
				expect(other.isDone()).toBe(true);
			} finally {
				nock.cleanAll();
			}
		});
	});
});
