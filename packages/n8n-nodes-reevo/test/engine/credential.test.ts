/** The Reevo API credential's test, run as n8n runs it, against the reference server. */
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
});

describe('Reevo API credential test', () => {
	it('passes for any valid key, even one without the permission the test request reads', async () => {
		const workspace = await server.createWorkspace();
		expect(await testCredential({ apiKey: workspace.fullKey, baseUrl: server.baseUrl })).toEqual({ status: 'OK', message: expect.any(String) });
		const noPermission = await workspace.key([]);
		expect(await testCredential({ apiKey: noPermission, baseUrl: `${server.baseUrl}/` })).toMatchObject({ status: 'OK' });
	});

	it('fails with a clear message for an unknown or expired key', async () => {
		const workspace = await server.createWorkspace();
		const unknown = await testCredential({ apiKey: 'rv_not_a_key', baseUrl: server.baseUrl });
		expect(unknown).toEqual({ status: 'Error', message: expect.stringMatching(/did not accept this API key.*Settings → API Keys/) });

		const expiring = await workspace.key('all');
		await workspace.expireKey(expiring);
		expect(await testCredential({ apiKey: expiring, baseUrl: server.baseUrl })).toMatchObject({ status: 'Error', message: unknown.message });
	});

	it('fails when the base URL is not a Reevo API', async () => {
		const workspace = await server.createWorkspace();
		const result = await testCredential({ apiKey: workspace.fullKey, baseUrl: `${server.baseUrl}/not-reevo` });
		expect(result).toEqual({ status: 'Error', message: expect.stringContaining('does not point at the Reevo API') });
	});
});
