/** The platform-neutral form module: one set of rules for labels, choices, flattening and values on every platform. */
import { catalog, type OperationSpec } from '@integration-pack/core/reevo/api';
import { withFieldGroup } from '@integration-pack/core/machine';
import {
  brokenRule,
  fieldGroupsOf,
  formLabels,
  humanize,
  isBlank,
  operationFormFields,
  ruleInWords,
  splitList,
  toApiInput,
  toApiValue,
  toTimestamp,
  type FormField,
} from '@integration-pack/core/forms';
import * as z from 'zod';

/** A toy operation, not Reevo's: the module takes any operation. */
const toy: OperationSpec = {
  operationId: 'logVisit',
  tag: 'Visits',
  method: 'POST',
  path: '/visits/{site_id}',
  permissions: [],
  summary: 'Log Visit',
  description: 'Logs a visit.',
  source: 'C',
  params: z.object({ site_id: z.string().meta({ title: 'Site' }) }),
  body: withFieldGroup(
    z.object({
      kind: z.enum(['WALK_IN', 'BY_APPOINTMENT']).meta({ title: 'Kind' }),
      emails: z.array(z.email()).optional().meta({ title: 'Emails' }),
      phone: z.string().optional(),
      seats: z.number().int().optional(),
      paid: z.boolean().optional(),
      at: z.iso.datetime({ offset: true }).optional(),
      tags: z.record(z.string(), z.string()).optional(),
      detail: z.object({ note: z.string().meta({ title: 'Note' }), mood: z.string().optional() }).optional(),
      memo: z.string().nullable().optional(),
      limit: z.number().optional(),
    }),
    { keys: ['emails', 'phone'], count: 'at-least-one' },
  ),
  successStatus: 201,
  emits: [],
  safeToRetry: false,
  examples: [],
};

const fields = operationFormFields(toy, { omit: ['limit'] });
const field = (path: string) => fields.find((candidate) => candidate.path.join('.') === path) as FormField;

describe('form fields', () => {
  it('lists path params first, then the body, flattening objects with known keys and leaving out what is omitted', () => {
    expect(fields.map((candidate) => candidate.path.join('.'))).toEqual([
      'site_id', 'kind', 'emails', 'phone', 'seats', 'paid', 'at', 'tags', 'detail.note', 'detail.mood', 'memo',
    ]);
    expect(field('detail.note')).toMatchObject({ key: 'note', path: ['detail', 'note'], label: 'Note' });
  });

  it('needs a nested field only when its object is needed too', () => {
    expect(field('site_id').required).toBe(true);
    expect(field('kind').required).toBe(true);
    expect(field('detail.note').required).toBe(false);
    const needed = operationFormFields({ ...toy, params: undefined, body: z.object({ detail: z.object({ note: z.string(), mood: z.string().optional() }) }) });
    expect(needed.map((candidate) => [candidate.path.join('.'), candidate.required])).toEqual([['detail.note', true], ['detail.mood', false]]);
  });

  it('says what each field holds', () => {
    expect(fields.map((candidate) => [candidate.key, candidate.kind, candidate.itemKind])).toEqual([
      ['site_id', 'text', undefined],
      ['kind', 'text', undefined],
      ['emails', 'list', 'text'],
      ['phone', 'text', undefined],
      ['seats', 'integer', undefined],
      ['paid', 'boolean', undefined],
      ['at', 'datetime', undefined],
      ['tags', 'dict', undefined],
      ['note', 'text', undefined],
      ['mood', 'text', undefined],
      ['memo', 'text', undefined],
    ]);
  });

  it("labels choices in words, in the API's order", () => {
    expect(field('kind').choices).toEqual([
      { value: 'WALK_IN', label: 'Walk In' },
      { value: 'BY_APPOINTMENT', label: 'By Appointment' },
    ]);
    expect(humanize('LINKEDIN_CONNECT_REQUEST')).toBe('Linkedin Connect Request');
    const task = operationFormFields(catalog.tasks.create);
    expect(task.find((candidate) => candidate.key === 'priority')?.choices?.map((choice) => choice.label)).toEqual(['Urgent', 'High', 'Medium', 'Low']);
  });

  it('uses the title as the label, and the key where there is none', () => {
    expect(field('emails').label).toBe('Emails');
    expect(field('phone').label).toBe('phone');
  });

  it('carries the rule over a group of fields on each of its fields, and on the operation once', () => {
    expect(field('emails').group).toEqual({ keys: ['emails', 'phone'], count: 'at-least-one' });
    expect(field('seats').group).toBeUndefined();
    expect(fieldGroupsOf(toy)).toEqual([{ keys: ['emails', 'phone'], count: 'at-least-one' }]);
    expect(fieldGroupsOf(catalog.opportunities.search)).toEqual([]);
  });
});

describe('form labels and rules', () => {
  it('maps each API field path to the label the platform shows', () => {
    expect(formLabels(fields)).toMatchObject({ site_id: 'Site', 'detail.note': 'Note', emails: 'Emails' });
    expect(formLabels(fields, (candidate) => `${candidate.label}!`)['detail.note']).toBe('Note!');
  });

  it("says a rule in the form's words and finds the one an input breaks", () => {
    const [rule] = fieldGroupsOf(toy);
    expect(ruleInWords(rule!, { emails: 'Emails', phone: 'Phone Number' })).toBe('at least one of Emails or Phone Number');
    expect(brokenRule(fieldGroupsOf(toy), { kind: 'WALK_IN' })).toEqual(rule);
    expect(brokenRule(fieldGroupsOf(toy), { phone: '555' })).toBeUndefined();
  });
});

describe('form values', () => {
  it('leaves a blank out of the request, never sends it as null', () => {
    for (const blank of [undefined, null, '', '   ']) {
      expect(isBlank(blank)).toBe(true);
      expect(toApiValue(field('phone'), blank)).toBeUndefined();
      expect(toApiValue(field('emails'), blank)).toBeUndefined();
      if (blank !== null) expect(toApiValue(field('memo'), blank)).toBeUndefined();
    }
    expect(toApiValue({ kind: 'text', nullable: false }, 0)).toBe(0);
    expect(toApiValue({ kind: 'boolean', nullable: false }, false)).toBe(false);
  });

  it('sends a null on purpose (from an expression) as null where the API takes it, to clear the field', () => {
    expect(field('memo').nullable).toBe(true);
    expect(toApiValue(field('memo'), null)).toBeNull();
    expect(toApiValue(field('phone'), null)).toBeUndefined();
    expect(toApiValue(field('memo'), '')).toBeUndefined();
  });

  it('splits a list typed as text at commas and at line breaks, trims each item and drops blank ones', () => {
    expect(splitList('a@x.com, b@x.com')).toEqual(['a@x.com', 'b@x.com']);
    expect(splitList('a@x.com\nb@x.com\n')).toEqual(['a@x.com', 'b@x.com']);
    expect(splitList(' a@x.com ,, \n b@x.com')).toEqual(['a@x.com', 'b@x.com']);
    expect(toApiValue(field('emails'), ['a@x.com', ' ', 'b@x.com '])).toEqual(['a@x.com', 'b@x.com']);
    expect(toApiValue(field('emails'), ' , \n')).toBeUndefined();
    expect(toApiValue({ kind: 'list', itemKind: 'integer', nullable: false }, '1, 2')).toEqual([1, 2]);
  });

  it('turns text into numbers and booleans, and leaves text that is neither for the validation to name', () => {
    expect(toApiValue(field('seats'), ' 12 ')).toBe(12);
    expect(toApiValue(field('seats'), 'twelve')).toBe('twelve');
    expect(toApiValue(field('seats'), 7)).toBe(7);
    expect(toApiValue(field('paid'), 'Yes')).toBe(true);
    expect(toApiValue(field('paid'), 'false')).toBe(false);
    expect(toApiValue(field('paid'), '0')).toBe(false);
    expect(toApiValue(field('paid'), 'maybe')).toBe('maybe');
  });

  it('gives a date-time without an offset one, and keeps one that has it', () => {
    expect(toTimestamp('2026-11-30T17:00:00Z')).toBe('2026-11-30T17:00:00Z');
    expect(toTimestamp('2026-11-30T17:00:00+02:00')).toBe('2026-11-30T17:00:00+02:00');
    expect(toApiValue(field('at'), '2026-11-30T17:00:00')).toBe(new Date('2026-11-30T17:00:00').toISOString());
    expect(toApiValue(field('at'), 'next week')).toBe('next week');
  });

  it('trims text', () => {
    expect(toApiValue(field('phone'), '  555-0100 ')).toBe('555-0100');
  });

  it('drops blank entries of a dict, or clears them when the form says an empty value clears', () => {
    expect(toApiValue(field('tags'), { a: '1', b: '', '': 'x' })).toEqual({ a: '1' });
    expect(toApiValue(field('tags'), { b: ' ' })).toBeUndefined();
    expect(toApiValue(field('tags'), { a: '1', b: '' }, { clearBlankEntries: true })).toEqual({ a: '1', b: null });
  });

  it('nests flat values back under their object and leaves blank ones out', () => {
    const values: Record<string, unknown> = { site_id: 's1', kind: 'WALK_IN', emails: 'a@x.com', phone: '', 'detail.note': 'Hi', seats: '3' };
    expect(toApiInput(fields, (candidate) => values[candidate.path.join('.')])).toEqual({
      site_id: 's1',
      kind: 'WALK_IN',
      emails: ['a@x.com'],
      seats: 3,
      detail: { note: 'Hi' },
    });
  });
});
