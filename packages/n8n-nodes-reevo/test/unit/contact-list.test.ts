/**
 * The contact list of an empty filter asks a bounded number of requests per page, however many owners the newest
 * accounts have and however few contacts they own: Reevo lists contacts only per owner.
 */
import { EXAMPLE_ACCOUNT, EXAMPLE_CONTACT } from '@integration-pack/core/reevo';
import type { IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';
import { OWNER_SEARCHES_PER_PAGE } from '@integration-pack/core/forms';
import { searchContacts } from '../../nodes/Reevo/methods/listSearch';
import { fakeContext } from '../support/fake-context';

const OWNERS = 200;
const accounts = Array.from({ length: OWNERS }, (_, index) => ({
	...EXAMPLE_ACCOUNT,
	id: `5b3f8a2e-1c4d-4e6f-9a7b-${String(index).padStart(12, '0')}`,
	owner_email: `owner${String(index).padStart(3, '0')}@northwind.com`,
}));

/** Only the last owner owns a contact. */
function answer(request: IHttpRequestOptions) {
	if (request.url.includes('/accounts/search')) return { statusCode: 200, body: accounts };
	const owner = (request.body as { owner_email?: string }).owner_email;
	return { statusCode: 200, body: owner === accounts[OWNERS - 1]!.owner_email ? [EXAMPLE_CONTACT] : [] };
}

async function listPage(token?: string) {
	const { context, requests } = fakeContext([{}], answer);
	const page = await searchContacts.call(context as unknown as ILoadOptionsFunctions, '', token);
	return { page, requests };
}

describe('the contact list of an empty filter', () => {
	it('asks the owners list and a bounded number of owners per page, then hands on a token', async () => {
		const { page, requests } = await listPage();
		expect(requests).toHaveLength(1 + OWNER_SEARCHES_PER_PAGE);
		expect(page.results).toEqual([]);
		expect(page.paginationToken).toBe(`${OWNER_SEARCHES_PER_PAGE}:0`);
	});

	it('reaches the last owner page by page, never asking more per page', async () => {
		let token: string | undefined;
		const found: unknown[] = [];
		let pages = 0;
		do {
			const { page, requests } = await listPage(token);
			expect(requests.length).toBeLessThanOrEqual(1 + OWNER_SEARCHES_PER_PAGE);
			found.push(...page.results);
			token = page.paginationToken as string | undefined;
			pages += 1;
		} while (token);
		expect(pages).toBe(OWNERS / OWNER_SEARCHES_PER_PAGE);
		expect(found).toEqual([{ name: `${EXAMPLE_CONTACT.first_name} ${EXAMPLE_CONTACT.last_name} <${EXAMPLE_CONTACT.email}>`, value: EXAMPLE_CONTACT.id }]);
	});
});
