/**
 * The words a form gives to what an API refused: each issue named by the field's label on screen, the one rule for
 * every platform (Zapier's errors and n8n's alike).
 */
import { fieldLabel, withFieldLabels, type FieldLabels } from '../machine/field-labels';
import type { FieldIssue } from '../machine/field-issue';

/** The label the form shows for the issue's field; the API's name, or where the issue sits, when the form has none. */
export function issueLabel(issue: FieldIssue, labels: FieldLabels): string {
  return fieldLabel(issue.field, labels) ?? (issue.field || issue.location);
}

/** "Contact Email: Invalid email address; Owner Email: …", with any API field name inside a message labelled too. */
export function issuesInWords(issues: readonly FieldIssue[], labels: FieldLabels): string {
  return issues.map((issue) => `${issueLabel(issue, labels)}: ${withFieldLabels(issue.message, labels).replace(/\.$/, '')}`).join('; ');
}

/** Each field at fault once, by its label, in the order of the issues. */
export function labelsAtFault(issues: readonly FieldIssue[], labels: FieldLabels): string[] {
  return [...new Set(issues.map((issue) => issueLabel(issue, labels)))];
}
