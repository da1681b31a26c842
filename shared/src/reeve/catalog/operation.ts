/**
 * Reeve's catalog entries: the machine's operation spec with Reeve's event types and a source mark. A session may
 * do everything its user may, so no operation names a permission (docs/reeve-api.md §1).
 */
import type { OperationSpec } from '../../machine/operation';
import type { ReeveEventType } from '../providers';

export type { KnownOutput, OperationInput, OperationOutput } from '../../machine/operation';

/** [R] Reeve's own pages, [P] a provider's documentation, [C] our choice (see docs/reeve-api.md). */
export type ReeveSourceMark = 'R' | 'P' | 'C';

export interface ReeveOperationSpec extends OperationSpec<never, ReeveEventType> {
  source: ReeveSourceMark;
}

/** Keeps the literal types of a spec, so client methods are typed from its schemas. */
export function defineReeveOperation<const S extends ReeveOperationSpec>(spec: S): S {
  return spec;
}
