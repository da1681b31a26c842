/**
 * How request bodies are read. JSON goes through `readJsonBody` (prototype-safe, nesting limited) and an empty body
 * with `Content-Type: application/json` is accepted on any method (Reevo's own GET examples send that header,
 * docs/reevo-api.md §1); malformed JSON answers FastAPI's 422 `json_invalid`. Any other content type is kept aside and refused
 * with a 422 only by routes that take a body ([C]: FastAPI answers the same 422 when a body is not a JSON object).
 */
import type { FastifyInstance } from 'fastify';
import { RequestValidationError } from './errors';
import { readJsonBody } from './json-body';
import { echoOf } from './validation-issues';

/** A body sent with a content type other than JSON. */
export class NonJsonBody {
  constructor(readonly contentType: string) {}
}

const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i;

/** True for `application/json` and `application/<x>+json`, with any parameters: the types the JSON parser takes. */
export function isJsonContentType(contentType: string): boolean {
  return JSON_CONTENT_TYPE.test(contentType);
}

export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(JSON_CONTENT_TYPE, { parseAs: 'string' }, (_request, text, done) => {
    const body = String(text);
    if (body.trim() === '') return done(null, undefined);
    try {
      done(null, readJsonBody(body));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, _text, done) => {
    done(null, new NonJsonBody(String(request.headers['content-type'] ?? '')));
  });
}

export function nonJsonBodyError(body: NonJsonBody): RequestValidationError {
  return new RequestValidationError([
    {
      type: 'model_attributes_type',
      loc: ['body'],
      msg: `Input should be a valid dictionary or object to extract fields from: send the body as JSON with Content-Type: application/json (got ${body.contentType ? String(echoOf(body.contentType)) : 'no content type'})`,
      input: null,
    },
  ]);
}
