/**
 * The reference server's test helpers (a devDependency of this package), and its Reeve admin API as the Reeve
 * conformance suite drives it (users, sessions, brands, the fake providers' behaviour and events).
 */
export { startReferenceServer, startWebhookReceiver } from '@reevo/reference-server/testing';
export type { ReceivedRequest, ReferenceServerHandle } from '@reevo/reference-server/testing';
export { reeveAdminOf } from '../../../../test/conformance/reeve/reference-admin';
export type { ReeveAdminApi } from '../../../../test/conformance/reeve/target';

/** Where the fake provider's consent page sends the user once they approve (or deny): the redirect's query. */
export async function consent(authUrl: string, decision: 'approve' | 'deny' = 'approve'): Promise<URLSearchParams> {
	const url = new URL(authUrl);
	url.searchParams.set('decision', decision);
	const answer = await fetch(url, { redirect: 'manual' });
	const location = answer.headers.get('location');
	if (answer.status !== 302 || !location) throw new Error(`The consent page answered ${answer.status}, not a redirect`);
	return new URL(location).searchParams;
}
