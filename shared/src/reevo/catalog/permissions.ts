/**
 * The permission model of Reevo API keys (API.md §2). Write includes read on the same resource, and some
 * resources offer only one level (Activities: write; Users and Mailbox: read).
 */

export const PERMISSION_RESOURCES = {
  accounts: { label: 'Accounts', levels: ['read', 'write'] },
  contacts: { label: 'Contacts', levels: ['read', 'write'] },
  opportunities: { label: 'Opportunities', levels: ['read', 'write'] },
  tasks: { label: 'Tasks', levels: ['read', 'write'] },
  activities: { label: 'Activities', levels: ['write'] },
  users: { label: 'Users', levels: ['read'] },
  mailbox: { label: 'Mailbox', levels: ['read'] },
  sequence_enrollment: { label: 'Sequence Enrollment', levels: ['read', 'write'] },
  webhooks: { label: 'Webhooks', levels: ['read', 'write'] },
} as const;

export type PermissionResource = keyof typeof PERMISSION_RESOURCES;
export type PermissionLevel = 'read' | 'write';

type LevelsOf<R extends PermissionResource> = (typeof PERMISSION_RESOURCES)[R]['levels'][number];
/** A permission in machine form, e.g. `contacts:write`. Only the combinations Reevo offers type-check. */
export type Permission = { [R in PermissionResource]: `${R}:${LevelsOf<R>}` }[PermissionResource];

/** Every permission a key can hold, in the order of Reevo's settings page. */
export const ALL_PERMISSIONS: readonly Permission[] = (
  Object.entries(PERMISSION_RESOURCES) as [PermissionResource, { levels: readonly PermissionLevel[] }][]
).flatMap(([resource, { levels }]) => levels.map((level) => `${resource}:${level}` as Permission));

export function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as readonly string[]).includes(value);
}

export function parsePermission(permission: Permission): { resource: PermissionResource; level: PermissionLevel } {
  const [resource, level] = permission.split(':') as [PermissionResource, PermissionLevel];
  return { resource, level };
}

/** "contacts:write" → "Contacts Write", the words Reevo's settings page uses. */
export function permissionLabel(permission: Permission): string {
  const { resource, level } = parsePermission(permission);
  return `${PERMISSION_RESOURCES[resource].label} ${level === 'write' ? 'Write' : 'Read'}`;
}

/** The weakest permission that lets a key see a resource: read where it exists, else write (Activities). */
export function readAccessFor(resource: PermissionResource): Permission {
  const levels: readonly PermissionLevel[] = PERMISSION_RESOURCES[resource].levels;
  return `${resource}:${levels.includes('read') ? 'read' : 'write'}` as Permission;
}

/** True when `granted` covers `required`: the same permission, or write on the same resource for a read. */
export function grants(granted: readonly Permission[], required: Permission): boolean {
  if (granted.includes(required)) return true;
  const { resource, level } = parsePermission(required);
  return level === 'read' && granted.includes(`${resource}:write` as Permission);
}

/** The required permissions that `granted` does not cover, in the order they were required. */
export function missingPermissions(granted: readonly Permission[], required: readonly Permission[]): Permission[] {
  return required.filter((permission) => !grants(granted, permission));
}
