/** What Reeve's answers look like on the wire (docs/reeve-api.md §1): FastAPI's `detail`, as text or as issues. */
import type { TransportResponse } from '@reevo/client/machine';

/** 401 `{"detail": "Not authenticated"}`; older FastAPI answered the same body with 403, which clients accept too. */
export function expectNotAuthenticated(response: TransportResponse) {
  expect({ status: [401, 403].includes(response.status) ? 'unauthenticated' : response.status, body: response.body }).toEqual({
    status: 'unauthenticated',
    body: { detail: 'Not authenticated' },
  });
}

/** An application error: the status and `{"detail": "<text>"}` whose words match. */
export function expectDetail(response: TransportResponse, status: number, words: RegExp | string) {
  expect(response.status).toBe(status);
  expect(response.body).toEqual({ detail: typeof words === 'string' ? words : expect.stringMatching(words) });
}

interface ValidationIssue {
  type: string;
  loc: (string | number)[];
  msg: string;
  input?: unknown;
}

/** 422 with FastAPI's issues, one of which is at a location ending in `field`; answers that issue. */
export function expectValidation(response: TransportResponse, field: string): ValidationIssue {
  expect(response.status).toBe(422);
  const { detail } = response.body as { detail: ValidationIssue[] };
  expect(Array.isArray(detail)).toBe(true);
  for (const issue of detail) expect(issue).toEqual(expect.objectContaining({ type: expect.any(String), loc: expect.any(Array), msg: expect.any(String) }));
  const issue = detail.find((candidate) => candidate.loc.at(-1) === field);
  expect({ fields: detail.map((candidate) => candidate.loc.join('.')), found: issue !== undefined }).toEqual({ fields: expect.any(Array), found: true });
  return issue!;
}
