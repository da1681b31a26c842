/**
 * Chooses whose things to show: a Reevo workspace or a Reeve user (the delivery log files both under one owner id).
 * `allowAll` adds "Everyone" (the empty value).
 */
import type { ReeveUser, Workspace } from '../api';
import { userChoice, workspaceChoice } from './choice-select';
import { Field } from './field';

interface OwnerSelectProps {
  label: string;
  value: string;
  onChange: (owner: string) => void;
  workspaces: readonly Workspace[];
  users: readonly ReeveUser[];
  allowAll?: boolean;
}

export function OwnerSelect({ label, value, onChange, workspaces, users, allowAll = false }: OwnerSelectProps) {
  return (
    <Field label={label}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
          {allowAll ? <option value="">Everyone</option> : null}
          {workspaces.length === 0 ? null : (
            <optgroup label="Reevo workspaces">
              {workspaces.map((workspace) => (
                <option key={workspace.id} value={workspace.id}>
                  {workspaceChoice.nameOf(workspace)}
                </option>
              ))}
            </optgroup>
          )}
          {users.length === 0 ? null : (
            <optgroup label="Reeve users">
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {userChoice.nameOf(user)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      )}
    </Field>
  );
}
