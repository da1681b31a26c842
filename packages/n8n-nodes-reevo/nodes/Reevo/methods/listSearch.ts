/**
 * The lists behind the record locators. Each lists records with an empty filter too: n8n 2.8 shows loading
 * placeholders forever for a list that requires a filter, so none does. Opportunities list without a filter;
 * accounts are searched by domain text, which Reevo requires, so an empty filter searches the text every domain
 * contains; contacts match an exact email only, so an empty filter lists the contacts of the people who own the
 * newest accounts.
 */
import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import {
	EVERY_DOMAIN,
	ReevoPermissionError,
	type Account,
	type Contact,
	type Opportunity,
	type ReevoClient,
} from '@integration-pack/core/reevo';
import { ownerCursorOf, ownerCursorToken, ownerPage } from '@integration-pack/core/forms';
import { reevoClient, toNodeError } from '../reevo';

const PAGE_SIZE = 50;

/** A full page may have more behind it; a page can hold more than PAGE_SIZE (a contact email's own match comes first). */
function nextToken(page: unknown[], offset: number): string | undefined {
	return page.length >= PAGE_SIZE ? String(offset + PAGE_SIZE) : undefined;
}

async function listWith<T>(
	context: ILoadOptionsFunctions,
	fetch: (offset: number) => Promise<T[]>,
	toItem: (record: T) => INodeListSearchItems,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0);
	try {
		const page = await fetch(offset);
		return { results: page.map(toItem), paginationToken: nextToken(page, offset) };
	} catch (error) {
		throw toNodeError(context.getNode(), error);
	}
}

export async function searchAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const client = await reevoClient(this);
	const domain = filter?.trim() || EVERY_DOMAIN;
	return await listWith<Account>(
		this,
		async (offset) => await client.accounts.search({ domain_name: domain, limit: PAGE_SIZE, offset }),
		(account) => ({ name: `${account.name}${account.domain_name ? ` (${account.domain_name})` : ''}`, value: account.id }),
		paginationToken,
	);
}

/** Contacts match by exact email: the filter is tried as the contact's own email and as their owner's. */
export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const email = filter?.trim() ?? '';
	if (!email) return await contactsOfKnownOwners(this, paginationToken);
	if (!/^[^\s@]+@[^\s@]+$/.test(email)) return { results: [] };
	const client = await reevoClient(this);
	return await listWith<Contact>(
		this,
		async (offset) => {
			const [own, owned] = await Promise.all([
				offset === 0 ? client.contacts.search({ contact_email: email, limit: 1, offset: 0 }) : Promise.resolve([]),
				client.contacts.search({ owner_email: email, limit: PAGE_SIZE, offset }),
			]);
			return [...own, ...owned.filter((contact) => !own.some((match) => match.id === contact.id))];
		},
		(contact) => ({ name: contactName(contact), value: contact.id }),
		paginationToken,
	);
}

/** The owners of the newest accounts: the people whose contacts an empty contact filter lists. */
async function knownOwners(client: ReevoClient): Promise<string[]> {
	const accounts = await client.accounts.search({ domain_name: EVERY_DOMAIN, limit: 200 });
	return [...new Set(accounts.map((account) => account.owner_email).filter((owner): owner is string => Boolean(owner)))].sort();
}

/**
 * Their contacts, a page at a time and a bounded number of owner searches per page (see owner-pages in the core's
 * forms): the token says which owner and offset the next page starts at. A key that cannot read accounts gets no
 * list here (typing an email still works): the list is a convenience, not the task.
 */
async function contactsOfKnownOwners(context: ILoadOptionsFunctions, paginationToken?: string): Promise<INodeListSearchResult> {
	const client = await reevoClient(context);
	try {
		const page = await ownerPage<Contact>({
			owners: await knownOwners(client),
			search: async (owner_email, { limit, offset }) => await client.contacts.search({ owner_email, limit, offset }),
			pageSize: PAGE_SIZE,
			paged: true,
			cursor: ownerCursorOf(paginationToken),
		});
		return {
			results: page.records.map((contact) => ({ name: contactName(contact), value: contact.id })),
			paginationToken: page.next && ownerCursorToken(page.next),
		};
	} catch (error) {
		if (error instanceof ReevoPermissionError) return { results: [] };
		throw toNodeError(context.getNode(), error);
	}
}

export async function searchOpportunities(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const client = await reevoClient(this);
	const name = filter?.trim();
	return await listWith<Opportunity>(
		this,
		async (offset) =>
			await client.opportunities.search({ ...(name ? { display_name: name } : {}), limit: PAGE_SIZE, offset }),
		// The stage changes (Shift Stage), and n8n keeps the chosen item's name on the node: it stays out of the name.
		(opportunity) => ({ name: opportunity.display_name, value: opportunity.id, description: `${opportunity.stage_name} · ${opportunity.pipeline_name} pipeline` }),
		paginationToken,
	);
}

function contactName(contact: Contact): string {
	const name = [contact.first_name, contact.last_name].filter(Boolean).join(' ');
	return name ? `${name} <${contact.email}>` : contact.email;
}
