/**
 * The generic access check's arithmetic: what an operation needs for a given input (its own permissions plus the
 * definition's input rules) and what a credential lacks. The server's access check and docs read these.
 */
import type { PermissionModel } from './definition';
import type { OperationSpec } from './operation';

/** The operation's permissions, then each one its input adds by the model's rules, once each, in that order. */
export function requiredPermissions<P extends string>(model: PermissionModel<P>, operation: OperationSpec<P, string>, input: unknown): P[] {
  const required = [...operation.permissions];
  for (const rule of model.rules) {
    if (rule.operationId !== operation.operationId) continue;
    const values = (input as Record<string, unknown> | null | undefined)?.[rule.field];
    // Anything but a list is left to validation, which refuses it with the field named.
    if (!Array.isArray(values)) continue;
    for (const item of values) {
      if (typeof item !== 'string') continue;
      const permission = rule.permissionFor(item);
      if (permission !== undefined && !required.includes(permission)) required.push(permission);
    }
  }
  return required;
}

/** The required permissions that `granted` does not cover, in the order they were required. */
export function missingPermissionsOf<P extends string>(model: PermissionModel<P>, granted: readonly P[], required: readonly P[]): P[] {
  return required.filter((permission) => !model.grants(granted, permission));
}
