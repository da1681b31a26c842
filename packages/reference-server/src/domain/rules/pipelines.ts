/** Pipelines, their stages and closed reasons: the rules behind Create Opportunity and Shift Stage. */
import type { Opportunity } from '@integration-pack/core/reevo/api';
import type { Pipeline, PipelineStage, WorkspaceState } from '../model';
import { badRequest, listChoices } from './errors';

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The named pipeline (case-insensitive), or the default one when no name is given. */
export function resolvePipeline(state: WorkspaceState, name: string | undefined): Pipeline {
  const pipelines = [...state.pipelines.values()];
  const pipeline = name === undefined ? pipelines.find((candidate) => candidate.is_default) : pipelines.find((candidate) => sameName(candidate.name, name));
  if (!pipeline) {
    throw badRequest(
      `pipeline_name: this workspace has no pipeline named "${name}". Use one of ${listChoices(pipelines.map((candidate) => candidate.name))}, or leave it out for the default pipeline.`,
      { field: 'pipeline_name', pipeline_name: name ?? null, valid_pipeline_names: pipelines.map((candidate) => candidate.name) },
    );
  }
  return pipeline;
}

export function pipelineOf(state: WorkspaceState, opportunity: Opportunity): Pipeline {
  return resolvePipeline(state, opportunity.pipeline_name);
}

export function firstStage(pipeline: Pipeline): PipelineStage {
  const stage = pipeline.stages[0];
  if (!stage) throw new Error(`Pipeline "${pipeline.name}" has no stages; a seed must give every pipeline at least one.`);
  return stage;
}

export function requireStage(pipeline: Pipeline, name: string): PipelineStage {
  const stage = pipeline.stages.find((candidate) => sameName(candidate.name, name));
  if (!stage) {
    const names = pipeline.stages.map((candidate) => candidate.name);
    throw badRequest(
      `target_stage_name: the pipeline "${pipeline.name}" has no stage named "${name}". Use one of ${listChoices(names)}.`,
      { field: 'target_stage_name', target_stage_name: name, pipeline_name: pipeline.name, valid_stage_names: names },
    );
  }
  return stage;
}

/** PROSPECT while in the pipeline's first stage; DEAL once past it, closed stages included (docs/domain-rules.md). */
export function statusForStage(pipeline: Pipeline, stage: PipelineStage): Opportunity['status'] {
  return stage.name === firstStage(pipeline).name ? 'PROSPECT' : 'DEAL';
}

/**
 * The closed reasons a move to `stage` records, in the pipeline's spelling. A closed stage needs at least one
 * reason from its own list (won or lost); an open stage takes none.
 */
export function closedReasonsFor(pipeline: Pipeline, stage: PipelineStage, given: readonly string[]): string[] {
  if (stage.kind === 'open') {
    if (given.length > 0) {
      throw badRequest(
        `closed_reason_names: "${stage.name}" is an open stage, so it takes no closed reasons. Leave closed_reason_names out, or move to a closed stage.`,
        { field: 'closed_reason_names', target_stage_name: stage.name },
      );
    }
    return [];
  }
  const outcome = stage.kind === 'closed_won' ? 'won' : 'lost';
  const valid = stage.kind === 'closed_won' ? pipeline.won_reasons : pipeline.lost_reasons;
  const details = { field: 'closed_reason_names', target_stage_name: stage.name, [`valid_${outcome}_reasons`]: valid };
  if (given.length === 0) {
    throw badRequest(`closed_reason_names: moving to "${stage.name}" needs at least one ${outcome} reason: ${listChoices(valid)}.`, details);
  }
  const unknown = given.filter((reason) => !valid.some((candidate) => sameName(candidate, reason)));
  if (unknown.length > 0) {
    throw badRequest(
      `closed_reason_names: ${listChoices(unknown)} ${unknown.length === 1 ? 'is not a' : 'are not'} ${outcome} reason${unknown.length === 1 ? '' : 's'} of the pipeline "${pipeline.name}". Use ${listChoices(valid)}.`,
      { ...details, unknown_reasons: unknown },
    );
  }
  const canonical = given.map((reason) => valid.find((candidate) => sameName(candidate, reason)) as string);
  return [...new Set(canonical)];
}
