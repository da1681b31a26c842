import { catalogEntries, EVENT_TYPES } from '@integration-pack/core/reevo';
import { Reevo } from '../../nodes/Reevo/Reevo.node';
import { ReevoTrigger } from '../../nodes/ReevoTrigger/ReevoTrigger.node';
import { resources } from '../../nodes/Reevo/actions/resources';

const n8nOperations = Object.entries(resources).flatMap(([resource, { operations }]) =>
	Object.entries(operations).map(([operation, choice]) => ({ resource, operation, spec: choice.module.call.spec })),
);

describe('coverage of the catalog', () => {
	it('gives every documented operation (all but the webhook endpoints) exactly one n8n operation', () => {
		const documented = catalogEntries.filter((entry) => entry.group !== 'webhooks').map((entry) => entry.operation.operationId);
		const covered = n8nOperations.map(({ spec }) => spec.operationId);
		expect([...covered].sort()).toEqual([...documented].sort());
		expect(documented).toHaveLength(18);
	});

	it('keeps the webhook endpoints inside the trigger, not as node operations', () => {
		expect(n8nOperations.some(({ spec }) => spec.tag === 'Webhooks')).toBe(false);
	});

	it('offers every catalog event in the trigger', () => {
		const events = new ReevoTrigger().description.properties.find((property) => property.name === 'events');
		expect((events?.options ?? []).map((option) => (option as { value: string }).value).sort()).toEqual([...EVENT_TYPES].sort());
	});

	it('describes every operation for AI agents with the catalog words, and marks the node usable as a tool', () => {
		const description = new Reevo().description;
		expect(description.usableAsTool).toBe(true);
		const pickers = description.properties.filter((property) => property.name === 'operation');
		const options = pickers.flatMap((picker) => picker.options as Array<{ description: string; action: string }>);
		expect(options).toHaveLength(18);
		for (const option of options) expect(option.description.length).toBeGreaterThan(20);
		const createAccount = options.find((option) => option.action === 'Create an account');
		expect(createAccount?.description).toMatch(/prefer Upsert/i);
	});

	it('lists the options of every dropdown alphabetically, as a person reading them expects', () => {
		const dropdowns = [...new Reevo().description.properties, ...new ReevoTrigger().description.properties].flatMap(function optionLists(property): string[][] {
			const options = (property.options ?? []) as Array<{ name: string; options?: unknown; values?: unknown }>;
			const nested = options.flatMap((option) => [...((option.options ?? []) as []), ...((option.values ?? []) as [])]).flatMap(optionLists);
			return property.type === 'options' || property.type === 'multiOptions' ? [options.map((option) => option.name), ...nested] : nested;
		});
		expect(dropdowns.length).toBeGreaterThan(10);
		for (const names of dropdowns) expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});
});
