/**
 * What a user's editor gets from the published package (the built `dist` types, in a project of the user's own): the
 * catalog's description, endpoint and permissions on hover over a method, the catalog's description on hover over a
 * field, and a compile error for a misspelled field. Read through the TypeScript language service, as an editor does.
 * Needs the built client (`npm test` builds first; alone, `npm run build -w @reevo/client`).
 */
import ts from 'typescript';
import { Account, Activity, Contact, getAccount, Opportunity, searchAccounts, searchContacts } from '@integration-pack/core/reevo/api';
import { createScratchProject, type ScratchProject } from './helpers/scratch-project';

const SNIPPET = `import { createReevoClient, verifyWebhook } from '@reevo/client';

const reevo = createReevoClient({ apiKey: 'key', baseUrl: 'http://127.0.0.1:4010' });
const account = await reevo.accounts.get({ account_id: 'id' });
console.log(account.domain_name);
await reevo.accounts.search({ domain_name: 'acme.com' });
for await (const contact of reevo.contacts.searchAll({ owner_email: 'sam.lee@acme.com' })) console.log(contact.email);
const activity = await reevo.activities.log({ metadata: { activity_time: '2026-11-23T10:00:00Z', subject: 'Call', description: 'Talked' } });
console.log(activity.metadata.subject);
const event = verifyWebhook({ payload: '', headers: {}, secret: 'whsec_x' });
if (event.type === 'opportunity.stage_changed') console.log(event.data.stage_name);
`;

const TYPOS = `${SNIPPET}console.log(account.acount_name);\nif (event.type === 'opportunity.updated') console.log(event.data.stage_nme);\n`;

let project: ScratchProject;
let service: ts.LanguageService;
beforeAll(() => {
  project = createScratchProject({ 'hover.ts': SNIPPET, 'typo.ts': TYPOS });
  service = languageService(project);
});
// The first question makes the language service load and check the package's declarations (seconds, not a hang).
const FIRST_CHECK_TIMEOUT_MS = 60_000;
afterAll(() => project?.remove());

function languageService(scratch: ScratchProject): ts.LanguageService {
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [scratch.file('hover.ts'), scratch.file('typo.ts')],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      const text = ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => scratch.dir,
    getCompilationSettings: () => scratch.compilerOptions,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath!,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

/** The hover over the nth occurrence of `needle` in the snippet (at its last character, inside the name). */
function hoverAt(needle: string, occurrence = 1): { signature: string; documentation: string } {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen += 1) index = SNIPPET.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`The snippet has no "${needle}".`);
  const info = service.getQuickInfoAtPosition(project.file('hover.ts'), index + needle.length - 1);
  return {
    signature: ts.displayPartsToString(info?.displayParts),
    documentation: ts.displayPartsToString(info?.documentation),
  };
}

const descriptionOf = (schema: { meta(): { description?: string } | undefined }) => schema.meta()?.description;

test('the snippet compiles against the published types', () => {
  const diagnostics = [...service.getSyntacticDiagnostics(project.file('hover.ts')), ...service.getSemanticDiagnostics(project.file('hover.ts'))];
  expect(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))).toEqual([]);
}, FIRST_CHECK_TIMEOUT_MS);

test('a method shows its summary, description, endpoint and permission', () => {
  const hover = hoverAt('accounts.get');
  expect(hover.signature).toMatch(/get\(input: GetAccountInput, options\?: CallOptions\): Promise<Account>/);
  expect(hover.documentation).toContain(getAccount.summary);
  expect(hover.documentation).toContain(getAccount.description);
  expect(hover.documentation).toContain(`${getAccount.method} ${getAccount.path}`);
  expect(hover.documentation).toContain('`accounts:read` (Accounts Read)');
});

test('a paging method shows the search it walks, its endpoint and permission', () => {
  const hover = hoverAt('contacts.searchAll');
  expect(hover.signature).toContain('AsyncGenerator<Contact, void, undefined>');
  expect(hover.documentation).toContain(searchContacts.summary);
  expect(hover.documentation).toContain(`${searchContacts.method} ${searchContacts.path}`);
  expect(hover.documentation).toContain('`contacts:read`');
});

test('a response field, an input field and an event data field show the catalog description', () => {
  expect(hoverAt('account.domain_name')).toEqual({
    signature: '(property) domain_name: string | null',
    documentation: descriptionOf(Account.shape.domain_name),
  });
  expect(hoverAt('contact.email', 1).documentation).toBe(descriptionOf(Contact.shape.email));
  const inputField = service.getQuickInfoAtPosition(project.file('hover.ts'), SNIPPET.indexOf("domain_name: 'acme.com'") + 2);
  expect(ts.displayPartsToString(inputField?.documentation)).toBe(descriptionOf(searchAccounts.body.shape.domain_name));
  expect(hoverAt('data.stage_name').documentation).toBe(descriptionOf(Opportunity.shape.stage_name));
  expect(hoverAt('metadata.subject').documentation).toBe(descriptionOf(Activity.shape.metadata.shape.subject));
});

test('a misspelled response field or event data field does not compile', () => {
  const messages = service.getSemanticDiagnostics(project.file('typo.ts')).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  expect(messages).toEqual([
    expect.stringMatching(/Property 'acount_name' does not exist on type 'Account'/),
    expect.stringMatching(/Property 'stage_nme' does not exist on type 'Opportunity'/),
  ]);
});
