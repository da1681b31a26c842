/**
 * Stages in the order a deal moves through them, as far as Reevo's API shows it. The API lists no pipelines, so
 * the order is read from the opportunities that use each stage: grouped by pipeline (the one most opportunities
 * use first), then prospect stages, deal stages, and closed stages (those whose opportunities carry closed reasons)
 * last; alphabetical within a phase, where the API gives no more to go on.
 */
import type { Opportunity } from './catalog/index';

export interface StageInUse {
	stage: string;
	pipeline: string;
}

const PHASES = ['prospect', 'deal', 'closed'] as const;
type Phase = (typeof PHASES)[number];

function phaseOf(opportunity: Opportunity): Phase {
	if (opportunity.closed_reason_names.length > 0) return 'closed';
	return opportunity.status === 'DEAL' ? 'deal' : 'prospect';
}

export function stagesInFunnelOrder(opportunities: readonly Opportunity[]): StageInUse[] {
	const stages = new Map<string, StageInUse & { phase: number }>();
	const pipelineUse = new Map<string, number>();
	for (const opportunity of opportunities) {
		const pipeline = opportunity.pipeline_name;
		pipelineUse.set(pipeline, (pipelineUse.get(pipeline) ?? 0) + 1);
		const key = `${pipeline}\u0000${opportunity.stage_name}`;
		const phase = PHASES.indexOf(phaseOf(opportunity));
		const known = stages.get(key);
		// A stage is as far along as the furthest opportunity in it says.
		if (!known || phase > known.phase) stages.set(key, { stage: opportunity.stage_name, pipeline, phase });
	}
	const pipelineRank = (pipeline: string) => -(pipelineUse.get(pipeline) ?? 0);
	return [...stages.values()]
		.sort(
			(a, b) =>
				pipelineRank(a.pipeline) - pipelineRank(b.pipeline) ||
				a.pipeline.localeCompare(b.pipeline) ||
				a.phase - b.phase ||
				a.stage.localeCompare(b.stage),
		)
		.map(({ stage, pipeline }) => ({ stage, pipeline }));
}
