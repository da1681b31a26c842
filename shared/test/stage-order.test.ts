/** Stage dropdowns in funnel order, read from the opportunities (Reevo lists no pipelines). */
import { EXAMPLE_OPPORTUNITY, type Opportunity } from '../src/reevo/catalog/index';
import { stagesInFunnelOrder } from '../src/reevo/stage-order';

const opportunity = (pipeline_name: string, stage_name: string, status: 'PROSPECT' | 'DEAL', closed_reason_names: string[] = []): Opportunity => ({
	...EXAMPLE_OPPORTUNITY,
	pipeline_name,
	stage_name,
	status,
	closed_reason_names,
});

describe('stagesInFunnelOrder', () => {
	it('puts the most used pipeline first, then prospect, deal and closed stages, alphabetical within each', () => {
		const stages = stagesInFunnelOrder([
			opportunity('Renewals', 'Upcoming', 'PROSPECT'),
			opportunity('Sales', 'Negotiation', 'DEAL'),
			opportunity('Sales', 'Closed Won', 'DEAL', ['Price']),
			opportunity('Sales', 'Discovery', 'PROSPECT'),
			opportunity('Sales', 'Demo', 'DEAL'),
			opportunity('Renewals', 'Renewed', 'DEAL', ['Upsold']),
		]);
		expect(stages).toEqual([
			{ stage: 'Discovery', pipeline: 'Sales' },
			{ stage: 'Demo', pipeline: 'Sales' },
			{ stage: 'Negotiation', pipeline: 'Sales' },
			{ stage: 'Closed Won', pipeline: 'Sales' },
			{ stage: 'Upcoming', pipeline: 'Renewals' },
			{ stage: 'Renewed', pipeline: 'Renewals' },
		]);
	});

	it('places a stage as far along as its furthest opportunity says', () => {
		const stages = stagesInFunnelOrder([
			opportunity('Sales', 'Proposal', 'PROSPECT'),
			opportunity('Sales', 'Proposal', 'DEAL'),
			opportunity('Sales', 'Qualified', 'PROSPECT'),
		]);
		expect(stages.map((entry) => entry.stage)).toEqual(['Qualified', 'Proposal']);
	});
});
