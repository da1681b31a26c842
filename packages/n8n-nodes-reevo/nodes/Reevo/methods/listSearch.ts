/**
 * The lists behind the record locators. Opportunities list without a filter. Accounts are searched by domain text,
 * which Reevo requires: an empty filter lists every account with a domain (each contains a dot), so the list shows
 * records before anyone types. Contacts match an exact email only, so their list waits for one.
 */
import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { EVERY_DOMAIN, type Account, type Contact, type Opportunity } from '@reevo/client/core';
import { reevoClient } from '../transport/client';
import { toNodeError } from '../transport/errors';

const PAGE_SIZE = 50;

function nextToken(page: unknown[], offset: number): string | undefined {
	return page.length === PAGE_SIZE ? String(offset + PAGE_SIZE) : undefined;
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
