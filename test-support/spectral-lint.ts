/**
 * Spectral's OpenAPI ruleset (`spectral:oas`) with every rule on, the recommended ones and the rest, but three,
 * run in-process on a document given as JSON: no ruleset file is read and nothing is fetched (the document's
 * `$ref`s are all local), so the run is offline.
 */
import { Document, Spectral, type RulesetDefinition } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';

export interface SpectralProblem {
  rule: string;
  /** 0 error, 1 warning, 2 information, 3 hint (Spectral's DiagnosticSeverity). */
  severity: number;
  message: string;
  at: string;
}

export async function spectralOasProblems(document: unknown): Promise<SpectralProblem[]> {
  const spectral = new Spectral();
  spectral.setRuleset({
    extends: [[oas as RulesetDefinition, 'all']],
    rules: {
      // Off by default in Spectral too, and wrong for these documents: OpenAPI 3.1 names the MIT license by its SPDX
      // `identifier`, which excludes a `url`;
      'license-url': 'off',
      // the project publishes no support email or page, so the contact is a name;
      'contact-properties': 'off',
      // tags follow the catalog's order (records, then what links them, then webhooks and admin), as readers meet them.
      'openapi-tags-alphabetical': 'off',
    },
  });
  const results = await spectral.run(new Document(JSON.stringify(document), Json, 'openapi.json'));
  return results.map((result) => ({ rule: String(result.code), severity: result.severity, message: result.message, at: result.path.join('.') }));
}
