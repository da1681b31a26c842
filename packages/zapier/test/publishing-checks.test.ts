/**
 * The judges behind the shared publishing checks (test-support/zapier-app-checks.ts), held to the examples of
 * Zapier's integration checks reference, so that each check can fail: what Zapier shows as incorrect is found, what
 * it shows as correct passes.
 */
import { connectionLabelProblems, invalidMarkdownLinks, liveResultProblems, sampleTypeProblems } from '../../../test-support/zapier-app-checks';

describe('D008: invalid Markdown links', () => {
  it.each([
    ['See [Google(https://google.com)', ['https://google.com']],
    ['See https://google.com', ['https://google.com']],
    ['Leave as https://api.reevo.ai. Change it only to try the app.', ['https://api.reevo.ai.']],
    ['See [Google] (https://google.com)', ['https://google.com']],
    ['Open www.google.com', ['www.google.com']],
  ])('finds the bad link in %j', (text, expected) => {
    expect(invalidMarkdownLinks(text)).toEqual(expected);
  });

  it.each(['See [Google](https://google.com)', 'See `https://google.com`', 'Leave as `https://api.reevo.ai`.', 'No link at all.', 'Two: [a](https://a.example) and [b](https://b.example).'])(
    'passes %j',
    (text) => {
      expect(invalidMarkdownLinks(text)).toEqual([]);
    },
  );
});

describe('D024: a static sample against its output fields', () => {
  it("finds Zapier's incorrect example: an id of the wrong type and a required email missing", () => {
    const fields = [
      { key: 'id', type: 'integer' },
      { key: 'email', type: 'string', required: true },
    ];
    expect(sampleTypeProblems({ id: '1' }, fields)).toEqual(['id: "1" is not integer', 'email: required but absent']);
    expect(sampleTypeProblems({ id: 1, email: 'john@example.com' }, fields)).toEqual([]);
  });

  it('finds a null where the field says string or datetime, and a non-ISO date', () => {
    const fields = [
      { key: 'facebook_url', type: 'string' },
      { key: 'due_at', type: 'datetime' },
      { key: 'created_at', type: 'datetime' },
    ];
    expect(sampleTypeProblems({ facebook_url: null, due_at: null, created_at: '01 Aug 2023' }, fields)).toHaveLength(3);
    expect(sampleTypeProblems({ created_at: '2023-08-01T06:50:30-0500' }, fields)).toEqual([]);
  });

  it('reads nested keys as Zapier flattens them, and lists item by item', () => {
    const fields = [
      { key: 'custom_fields__industry', type: 'string', required: true },
      { key: 'opportunity_ids', type: 'string', list: true },
      { key: 'contacts', list: true },
    ];
    expect(sampleTypeProblems({ custom_fields: { industry: 'Robotics' }, opportunity_ids: ['a'], contacts: [{ id: 'c' }] }, fields)).toEqual([]);
    expect(sampleTypeProblems({ custom_fields: {}, opportunity_ids: [1], contacts: {} }, fields)).toHaveLength(3);
  });
});

describe('D003: connection labels', () => {
  it('finds two connections labelled alike (the host alone) and a label showing part of a key', () => {
    expect(connectionLabelProblems([{ label: 'api.reevo.ai', secrets: ['rv_aaaaaaaaaaaa'] }, { label: 'api.reevo.ai', secrets: ['rv_bbbbbbbbbbbb'] }])).toEqual([
      'two connections are both labelled "api.reevo.ai"',
    ]);
    expect(connectionLabelProblems([{ label: 'key rv_aaaaaaaa (api.reevo.ai)', secrets: ['rv_aaaaaaaaaaaa'] }])).toEqual(['the label "key rv_aaaaaaaa (api.reevo.ai)" shows part of a secret']);
  });

  it('passes labels that differ and show no secret', () => {
    expect(connectionLabelProblems([{ label: 'key 1a2b3c4d (api.reevo.ai)', secrets: ['rv_aaaaaaaaaaaa'] }, { label: 'key 9f8e7d6c (api.reevo.ai)', secrets: ['rv_bbbbbbbbbbbb'] }])).toEqual([]);
  });
});

describe('T004, T005, T006, Z001: a live result against the static sample and the output fields', () => {
  const definition = {
    operation: {
      sample: { id: 'a1', name: 'Acme', email: 'john@example.com' },
      outputFields: [
        { key: 'id', type: 'string', required: true },
        { key: 'name', type: 'string', required: true },
        { key: 'facebook_url', type: 'string' },
      ],
    },
  };

  it("finds Zapier's incorrect example: a sample key the live result lacks", () => {
    expect(liveResultProblems({ id: 'a2', name: 'Alice' }, definition)).toEqual(['email: in the static sample but not in the live result']);
  });

  it('finds a required field empty, and a value of the wrong type', () => {
    expect(liveResultProblems({ id: 2, name: null, email: 'a@example.com' }, definition)).toEqual(['id: 2 is not string', 'name: required but absent']);
  });

  it('passes a live result with more keys than the sample, and an optional field empty', () => {
    expect(liveResultProblems({ id: 'a2', name: 'Alice', email: 'alice@example.com', facebook_url: null, extra: 1 }, definition)).toEqual([]);
  });
});
