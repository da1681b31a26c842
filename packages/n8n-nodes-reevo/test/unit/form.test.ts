/** What the node's form shows: the subtitle on the canvas and the notice of searches that need one of several filters. */
import { Workflow, type INode, type INodeProperties, type INodeTypes } from 'n8n-workflow';
import { Reevo } from '../../nodes/Reevo/Reevo.node';
import { resources } from '../../nodes/Reevo/actions/resources';
import { subtitleExpression } from '../../platform/actions/resources';

const reevo = new Reevo();
const nodeTypes = { getByName: () => reevo, getByNameAndVersion: () => reevo, getKnownTypes: () => ({}) } as unknown as INodeTypes;

/** The subtitle as n8n's expression engine evaluates it for a node with these parameters. */
function subtitleOf(resource: string, operation: string): unknown {
	const node: INode = { id: 'n', name: 'Reevo', type: 'reevo', typeVersion: 1, position: [0, 0], parameters: { resource, operation } };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, reevo.description.subtitle, 'internal', {});
}

function shownFor(resource: string, operation: string): INodeProperties[] {
	return reevo.description.properties.filter((property) => {
		const show = property.displayOptions?.show;
		return show?.resource?.includes(resource) && show.operation?.includes(operation);
	});
}

describe('the node form', () => {
	it('holds, as a literal, the subtitle built from its resources (n8n\'s scan accepts only a literal)', () => {
		expect(reevo.description.subtitle).toBe(subtitleExpression(resources));
	});

	it.each([
		['accountContact', 'upsert', 'Upsert: Account & Contact'],
		['opportunity', 'shiftStage', 'Shift Stage: Opportunity'],
		['mailbox', 'getAll', 'Get Many: Mailbox'],
		['sequenceEnrollment', 'enroll', 'Enroll: Sequence Enrollment'],
	])('subtitles %s → %s as "%s", in the dropdowns\' words', (resource, operation, subtitle) => {
		expect(subtitleOf(resource, operation)).toBe(subtitle);
	});

	it('shows, on Contact → Search, a notice naming the filters of which one is needed', () => {
		const notices = shownFor('contact', 'search').filter((property) => property.type === 'notice');
		expect(notices.map((notice) => notice.displayName)).toEqual(['Give at least one of Contact Email or Owner Email under Filters: Reevo needs it.']);
	});

	it('shows no such notice where every filter is optional', () => {
		expect(shownFor('opportunity', 'search').filter((property) => property.type === 'notice')).toEqual([]);
	});

	it('sends Update to the Shift Stage operation by the name its dropdown shows', () => {
		const picker = reevo.description.properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes('opportunity'));
		const options = (picker?.options ?? []) as Array<{ name: string; value: string; description?: string }>;
		expect(options.find((option) => option.value === 'shiftStage')?.name).toBe('Shift Stage');
		expect(options.find((option) => option.value === 'update')?.description).toMatch(/use Shift Stage\.$/);
	});

	it('requires a filter in no record list (n8n 2.8 shows loading placeholders forever for one left empty)', () => {
		const lists = reevo.description.properties
			.flatMap((property) => [property, ...((property.options ?? []) as INodeProperties[])])
			.filter((property) => property.type === 'resourceLocator')
			.flatMap((property) => property.modes ?? [])
			.filter((mode) => mode.type === 'list');
		expect(lists.length).toBeGreaterThan(0);
		for (const mode of lists) expect(mode.typeOptions?.searchFilterRequired).not.toBe(true);
	});
});
