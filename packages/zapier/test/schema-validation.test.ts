/** Zapier's own offline validation: what `zapier-platform validate --without-style` runs on the definition. */
import * as zapier from 'zapier-platform-core';
import { App } from './helpers/definitions';

type AppHandler = (event: { command: string }) => Promise<{ results: unknown[] }>;
// createAppHandler is exported by core's JavaScript but missing from its type declarations.
const createAppHandler = (zapier as unknown as { createAppHandler: (app: object) => AppHandler }).createAppHandler;

describe("Zapier's schema validation", () => {
  it('finds no errors in the app', async () => {
    const response = await createAppHandler(App)({ command: 'validate' });
    expect(response.results).toEqual([]);
  });

  it('is not vacuous: a definition without a noun fails it', async () => {
    const [firstKey, first] = Object.entries(App.creates ?? {})[0]!;
    const broken = { ...App, creates: { ...App.creates, [firstKey]: { ...first, noun: undefined } } };
    const response = await createAppHandler(broken)({ command: 'validate' });
    expect(JSON.stringify(response.results)).toContain('noun');
  });
});
