/** The words a form gives its fields, for errors and rules to speak them (see `../machine/field-labels`). */
import { describeFieldGroup, satisfiesFieldGroup, type FieldGroupRule } from '../machine/field-groups';
import type { FieldLabels } from '../machine/field-labels';
import type { FormField } from './form-fields';

/** API field path (`metadata.subject`) → the label the form shows; `label` gives the platform's own words. */
export function formLabels(fields: readonly FormField[], label: (field: FormField) => string = (field) => field.label): FieldLabels {
  return Object.fromEntries(fields.map((field) => [field.path.join('.'), label(field)]));
}

/** A rule in the form's words: "at least one of Contact Email or Owner Email". */
export function ruleInWords(rule: FieldGroupRule, labels: FieldLabels): string {
  return describeFieldGroup(rule, (key) => labels[key] ?? key);
}

/** The first rule the input breaks, if any: checked before a request, so the error can name the form's labels. */
export function brokenRule(rules: readonly FieldGroupRule[], input: Readonly<Record<string, unknown>>): FieldGroupRule | undefined {
  return rules.find((rule) => !satisfiesFieldGroup(rule, input));
}
