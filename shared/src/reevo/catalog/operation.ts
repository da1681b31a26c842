/**
 * Reevo's catalog entries: the machine's operation spec with Reevo's permissions and events, and a source mark.
 * Each resource module defines its entries with `defineOperation`.
 */
import type { OperationSpec as MachineOperationSpec } from '../../machine/operation';
import type { EventType } from './events';
import type { Permission } from './permissions';

export {
  pathParamNames,
  type HttpMethod,
  type KnownFields,
  type KnownOutput,
  type ObjectSchema,
  type OperationExample,
  type OperationInput,
  type OperationOutput,
} from '../../machine/operation';

/** [R] Reevo's own page, [T] the third-party transcriptions, [C] our choice (see API.md). */
export type SourceMark = 'R' | 'T' | 'C';

export interface OperationSpec extends MachineOperationSpec<Permission, EventType> {
  source: SourceMark;
}

/** Keeps the literal types of a spec, so client methods are typed from its schemas. */
export function defineOperation<const S extends OperationSpec>(spec: S): S {
  return spec;
}
