/**
 * The API speaks in field names (`closed_reason_names`); a form shows labels ("Closed Reasons"). Platforms build a
 * FieldLabels table from the same descriptors that build their form, and these put its words into errors.
 */

/** API field path (`metadata.subject`) → the label the form shows for it (`Subject`). */
export type FieldLabels = Readonly<Record<string, string>>;

/** The label of a field path; an item of a list field is "Contacts (item 1)". Undefined when the form has none. */
export function fieldLabel(field: string, labels: FieldLabels): string | undefined {
  const exact = labels[field];
  if (exact) return exact;
  const item = /^(.+)\.(\d+)$/.exec(field);
  const listLabel = item ? labels[item[1] as string] : undefined;
  return listLabel ? `${listLabel} (item ${Number(item![2]) + 1})` : undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text with each field name the form labels replaced by its label. Only names that cannot be English words are
 * replaced (snake_case or dotted ones, anywhere; a plain one like `url` only where it opens the text as "url: …"),
 * so a message's prose stays as written.
 */
export function withFieldLabels(text: string, labels: FieldLabels): string {
  let result = text;
  for (const [field, label] of Object.entries(labels).sort(([a], [b]) => b.length - a.length)) {
    if (/[_.]/.test(field)) result = result.replace(new RegExp(`(?<![\\w.])${escape(field)}(?![\\w])`, 'g'), label);
    else if (result.startsWith(`${field}: `)) result = `${label}${result.slice(field.length)}`;
  }
  return result;
}
