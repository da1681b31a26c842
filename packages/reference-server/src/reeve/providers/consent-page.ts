/**
 * The fake provider's consent page (docs/reeve-api.md §6 "Fake providers"): the provider's name, the scopes asked
 * for, and Approve and Deny buttons, as one small accessible HTML form that submits the same request with
 * `decision=approve` or `decision=deny`.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] as string);
}

export function consentPage(providerName: string, scopes: readonly string[], parameters: Readonly<Record<string, string>>): string {
  const hidden = Object.entries(parameters)
    .filter(([name]) => name !== 'decision')
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n      ');
  const scopeItems = scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('\n        ');
  const name = escapeHtml(providerName);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Connect Reeve to ${name}</title>
  </head>
  <body>
    <main>
      <h1>Connect Reeve to ${name}</h1>
      <p>This is the reference server's stand-in for ${name}'s consent page.</p>
      <h2 id="scopes-heading">Reeve asks for</h2>
      <ul aria-labelledby="scopes-heading">
        ${scopeItems}
      </ul>
      <form method="get" aria-label="Grant Reeve access to ${name}">
      ${hidden}
        <button type="submit" name="decision" value="approve">Approve</button>
        <button type="submit" name="decision" value="deny">Deny</button>
      </form>
    </main>
  </body>
</html>
`;
}

export function problemPage(providerName: string, problem: string): string {
  const name = escapeHtml(providerName);
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${name}: this request cannot be authorized</title></head>
  <body><main><h1>${name} cannot show this consent request</h1><p role="alert">${escapeHtml(problem)}</p></main></body>
</html>
`;
}
