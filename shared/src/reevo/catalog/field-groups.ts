/**
 * Rules over a group of optional fields: "give at least one of" (contact search) and "give exactly one of" (the
 * account-and-contact lookup). The rule is registered on the schema it refines, so the API's check and every
 * platform's form (a notice, helpText, a check before the request in the platform's own labels) read one source.
 */
import * as z from 'zod';
import { listInWords } from '../../machine/words';

export interface FieldGroupRule {
  /** The body or query fields of the group, in the catalog's order. */
  keys: readonly string[];
  count: 'at-least-one' | 'exactly-one';
}

const fieldGroups = z.registry<FieldGroupRule, z.ZodType>();

/** Words for the rule, with the caller's names for the fields: "at least one of Contact Email or Owner Email". */
export function describeFieldGroup(rule: FieldGroupRule, name: (key: string) => string = (key) => key): string {
  const names = rule.keys.map(name);
  const list = listInWords(names, 'or');
  return `${rule.count === 'exactly-one' ? 'exactly one' : 'at least one'} of ${list}`;
}

/** Whether the input obeys the rule: a field counts as given when it is neither undefined, null nor empty text. */
export function satisfiesFieldGroup(rule: FieldGroupRule, input: Readonly<Record<string, unknown>>): boolean {
  const given = rule.keys.filter((key) => input[key] !== undefined && input[key] !== null && input[key] !== '').length;
  return rule.count === 'exactly-one' ? given === 1 : given >= 1;
}

/** The schema with the rule checked (the message names the API's fields) and registered for the platforms. */
export function withFieldGroup<S extends z.ZodObject>(schema: S, rule: FieldGroupRule): S {
  const refined = schema.refine((input) => satisfiesFieldGroup(rule, input as Record<string, unknown>), {
    message: `Give ${describeFieldGroup(rule)}.`,
    ...(rule.count === 'at-least-one' ? { path: [rule.keys[0] as string] } : {}),
  }) as S;
  fieldGroups.add(refined, rule);
  return refined;
}

/** The rule over a group of this schema's fields, if it has one. */
export function fieldGroupOf(schema: z.ZodType | undefined): FieldGroupRule | undefined {
  return schema ? fieldGroups.get(schema) : undefined;
}
