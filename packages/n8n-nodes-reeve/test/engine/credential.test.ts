/** The Reeve API credential's test, run as n8n's credential tester runs it, against the reference server. */
import nock from 'nock';
import { shutdownEngine, testCredential } from '../support/engine';
import { reeveAdminOf, startReferenceServer, type ReeveAdminApi, type ReferenceServerHandle } from '../support/reference-server';

let server: ReferenceServerHandle;
let admin: ReeveAdminApi;
beforeAll(async () => {
	server = await startReferenceServer();
	admin = reeveAdminOf(server);
});
afterAll(async () => {
	await server.close();
	await shutdownEngine();
	// nock patches Node's http module, which every later test file in this jest worker shares: take the patch off.
	nock.restore();
});

const newToken = expect.stringMatching(/did not accept this session token.*copy a new session token and paste it here/);

describe('Reeve API credential test', () => {
	it('passes for a working session with no connection (its list is empty), whatever its Base URL ends with', async () => {
		const user = await admin.user();
		expect(await testCredential({ sessionToken: user.token, baseUrl: server.baseUrl })).toEqual({ status: 'OK', message: expect.any(String) });
		expect(await testCredential({ sessionToken: user.token, baseUrl: `${server.baseUrl}/` })).toMatchObject({ status: 'OK' });
	});

	it('fails saying to paste a new session token for a revoked, expired or unknown one', async () => {
		const user = await admin.user();
		await admin.revokeSession(user.token);
		expect(await testCredential({ sessionToken: user.token, baseUrl: server.baseUrl })).toEqual({ status: 'Error', message: newToken });

		const lapsing = await admin.session(user.id, new Date(Date.now() - 1000));
		expect(await testCredential({ sessionToken: lapsing.token, baseUrl: server.baseUrl })).toEqual({ status: 'Error', message: newToken });
		expect(await testCredential({ sessionToken: '00000000-0000-4000-8000-000000000000', baseUrl: server.baseUrl })).toEqual({ status: 'Error', message: newToken });
	});

	describe('fails when the base URL is not a Reeve API', () => {
		const notReeve = { status: 'Error', message: expect.stringContaining('does not point at the Reeve API') };

		it('a path of the reference server that is not the API (FastAPI\'s own 404)', async () => {
			const user = await admin.user();
			expect(await testCredential({ sessionToken: user.token, baseUrl: `${server.baseUrl}/not-reeve` })).toEqual(notReeve);
		});

		it.each([
			['a 404 with another JSON body (as the n8n editor answers)', 404, 'application/json', '{"code":404,"message":"The requested webhook is not registered."}'],
			['an HTML page answered with 200', 200, 'text/html', '<!doctype html><html><body>n8n.io - Workflow Automation</body></html>'],
			['a JSON object answered with 200', 200, 'application/json', '{"ok":true}'],
		])('%s', async (_name, status, contentType, body) => {
			// Some other website: nock stands in, since it must answer what no Reeve server would.
			const other = nock('http://other-site.test').get(/.*/).reply(status, body, { 'content-type': contentType });
			try {
				expect(await testCredential({ sessionToken: 'any', baseUrl: 'http://other-site.test' })).toEqual(notReeve);
				expect(other.isDone()).toBe(true);
			} finally {
				nock.cleanAll();
			}
		});
	});
});
