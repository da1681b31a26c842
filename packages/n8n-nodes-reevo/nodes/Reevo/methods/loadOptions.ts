/**
 * Dropdowns the API can fill. Reevo lists no pipelines, stages or users (the user search needs an exact email),
 * so stages come from the opportunities that use them and mailboxes from the contact's owner.
 */
import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { collect, stagesInFunnelOrder } from '@integration-pack/core/reevo';
import { reevoClient, toNodeError } from '../reevo';

/** Enough opportunities to see every stage in practice, without walking a large workspace. */
const STAGE_SAMPLE = 1000;

export async function getStages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	try {
		const client = await reevoClient(this);
		const opportunities = await collect(client.opportunities.searchAll({}, { pageSize: 200, maxItems: STAGE_SAMPLE }));
		// Funnel order, not alphabetical: the order a deal moves through. A name shared by two pipelines is one choice.
		const options = new Map<string, INodePropertyOptions>();
		for (const { stage, pipeline } of stagesInFunnelOrder(opportunities)) {
			if (!options.has(stage)) options.set(stage, { name: stage, value: stage, description: `In the ${pipeline} pipeline` });
		}
		return [...options.values()];
	} catch (error) {
		throw toNodeError(this.getNode(), error);
	}
}

/** The mailboxes of the chosen contact's owner: the ones Reevo sends that contact's sequence from. */
export async function getMailboxes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const contactEmail = String(this.getCurrentNodeParameter('contact_email') ?? '').trim();
	if (!contactEmail) return [];
	try {
		const client = await reevoClient(this);
		const [contact] = await client.contacts.search({ contact_email: contactEmail, limit: 1 });
		if (!contact?.owner_email) return [];
		const mailboxes = await client.mailboxes.search({ owner_user_email: contact.owner_email });
		return mailboxes.map((mailbox) => ({ name: mailbox.email, value: mailbox.email, description: mailbox.status }));
	} catch (error) {
		throw toNodeError(this.getNode(), error);
	}
}
