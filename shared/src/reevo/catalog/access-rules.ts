/**
 * Reevo's permission model as the machine reads it (src/machine/definition.ts `PermissionModel`): the labels,
 * write-includes-read, and the product rule that creating a webhook also needs read access to each event's
 * resource (API.md §2, §6). The reference server's access check computes required permissions from this.
 */
import type { PermissionModel } from '../../machine/definition';
import { EVENT_TYPES, eventPermission, type EventType } from './events';
import { ALL_PERMISSIONS, grants, permissionLabel, type Permission } from './permissions';

export const reevoPermissions: PermissionModel<Permission> = {
  all: ALL_PERMISSIONS,
  label: permissionLabel,
  grants,
  rules: [
    {
      operationId: 'createWebhook',
      field: 'events',
      // An unknown event name adds nothing here: validation refuses it afterwards, naming the valid ones.
      permissionFor: (value) => ((EVENT_TYPES as readonly string[]).includes(value) ? eventPermission(value as EventType) : undefined),
    },
  ],
};
