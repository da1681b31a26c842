/** The form that sets the Traffic view's filters; they apply on submit, and Clear removes them all. */
import { useState } from 'preact/hooks';
import type { Workspace } from '../../api';
import { Field } from '../../components/field';
import { API_LABELS } from './api-column';
import { FILTER_NAMES, type FilterName, type Filters } from './filters';

/** The filters typed as text; `api` is picked from the APIs the server serves. */
type TextFilterName = Exclude<FilterName, 'api'>;
const TEXT_FILTER_NAMES = FILTER_NAMES.filter((name): name is TextFilterName => name !== 'api');

const FIELDS: Record<TextFilterName, { label: string; hint: string; placeholder: string }> = {
  owner: { label: 'Workspace or Reeve user', hint: "A workspace's id or a Reeve user's (usr_…)", placeholder: 'usr_… or a workspace id' },
  credential: { label: 'Key or session', hint: "Part of a key's name, or a session's last 4 characters", placeholder: 'Demo Full Access' },
  status: { label: 'Status', hint: 'A status or a class', placeholder: '404 or 4xx' },
  path: { label: 'Path', hint: 'Part of the path', placeholder: '/accounts' },
};

interface FilterFormProps {
  filters: Filters;
  workspaces: readonly Workspace[];
  onApply: (filters: Filters) => void;
}

export function FilterForm({ filters, workspaces, onApply }: FilterFormProps) {
  const [draft, setDraft] = useState<Filters>(filters);
  const submit = (event: Event) => {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries(draft).map(([name, value]) => [name, value?.trim()]).filter(([, value]) => value)));
  };
  const clear = () => {
    setDraft({});
    onApply({});
  };
  return (
    <form class="filters" onSubmit={submit} aria-label="Filter requests">
      <Field label="API" hint="The API that answered">
        {(control) => (
          <select {...control} name="api" value={draft.api ?? ''} onChange={(event) => setDraft({ ...draft, api: event.currentTarget.value })}>
            <option value="">All</option>
            {Object.entries(API_LABELS).map(([name, label]) => (
              <option key={name} value={name}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {TEXT_FILTER_NAMES.map((name) => (
        <Field key={name} label={FIELDS[name].label} hint={FIELDS[name].hint}>
          {(control) => (
            <input
              {...control}
              name={name}
              type="text"
              autocomplete="off"
              spellcheck={false}
              placeholder={FIELDS[name].placeholder}
              list={name === 'owner' ? 'traffic-owners' : undefined}
              value={draft[name] ?? ''}
              onInput={(event) => setDraft({ ...draft, [name]: event.currentTarget.value })}
            />
          )}
        </Field>
      ))}
      <datalist id="traffic-owners">
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </datalist>
      <button type="submit">Apply filters</button>
      <button type="button" onClick={clear}>
        Clear
      </button>
    </form>
  );
}
