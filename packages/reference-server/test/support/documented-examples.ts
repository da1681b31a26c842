/**
 * Reads `docs/examples.md`: its substitutions table, its summary tables, and each example's request (a curl line in
 * a ```sh block, or an HTTP request in a ```http block) with the answer expected after it (a ```json <status> block).
 * The page's format is described at its top. Anything this reader does not understand is an error naming the
 * example, so an example it cannot run never passes silently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLES_PAGE = join(__dirname, '..', '..', '..', '..', 'docs', 'examples.md');

export interface DocumentedRequest {
  method: string;
  /** As written: a full URL (curl) or a path (http); placeholders not yet substituted. */
  target: string;
  headers: Array<[string, string]>;
  body: string | undefined;
}

export interface DocumentedExample {
  number: number;
  title: string;
  /** The request block as written, for the placeholders it holds. */
  source: string;
  request: DocumentedRequest;
  expected: { status: number; body: unknown };
}

export interface Substitution {
  placeholder: string;
  /** The literal that replaces it, or null when it can only come from a live exchange (an OAuth code or state). */
  value: string | null;
}

export interface SummaryRow {
  number: number;
  /** The placeholders the row says its example needs. */
  needs: string[];
}

export interface ExamplesPage {
  substitutions: Substitution[];
  summary: SummaryRow[];
  examples: DocumentedExample[];
}

export function readExamplesPage(path: string = EXAMPLES_PAGE): ExamplesPage {
  const text = readFileSync(path, 'utf8');
  return { substitutions: substitutionsOf(text), summary: summaryOf(text), examples: examplesOf(text) };
}

const backticked = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);
const cellsOf = (row: string): string[] => row.split('|').slice(1, -1).map((cell) => cell.trim());

function sectionOf(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/examples.md has no "## ${heading}" section.`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

function substitutionsOf(text: string): Substitution[] {
  const rows = sectionOf(text, 'Substitutions').split('\n').filter((line) => line.startsWith('| `'));
  return rows.map((row) => {
    const [placeholderCell = '', valueCell = ''] = cellsOf(row);
    const [placeholder] = backticked(placeholderCell);
    if (placeholder === undefined) throw new Error(`A substitutions row names no placeholder: ${row}`);
    // A value cell that is one literal in backticks is substituted as is; prose means the value comes from a live exchange.
    const literal = /^`[^`]+`$/.test(valueCell) ? backticked(valueCell)[0] : undefined;
    return { placeholder, value: literal ?? null };
  });
}

function summaryOf(text: string): SummaryRow[] {
  return text
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((row) => {
      const cells = cellsOf(row);
      const needs = cells[cells.length - 1] ?? '';
      return { number: Number(cells[0]), needs: /^needs /.test(needs) ? backticked(needs) : [] };
    });
}

interface Block {
  info: string;
  content: string;
}

function examplesOf(text: string): DocumentedExample[] {
  return text
    .split(/^### /m)
    .slice(1)
    .map((section) => {
      const heading = section.slice(0, section.indexOf('\n'));
      const match = /^(\d+)\. (.+)$/.exec(heading);
      if (!match) throw new Error(`docs/examples.md: the example heading "### ${heading}" is not "### <number>. <title>".`);
      const title = `${match[1]}. ${match[2]}`;
      const blocks: Block[] = [...section.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].map((block) => ({ info: (block[1] as string).trim(), content: block[2] as string }));
      const requests = blocks.filter((block) => block.info === 'sh' || block.info === 'http');
      const answers = blocks.filter((block) => block.info.startsWith('json '));
      if (requests.length !== 1 || answers.length !== 1) throw new Error(`docs/examples.md, "${title}": an example has one request block (sh or http) and one \`\`\`json <status> block.`);
      const [requestBlock, answerBlock] = [requests[0] as Block, answers[0] as Block];
      return {
        number: Number(match[1]),
        title,
        source: requestBlock.content,
        request: requestBlock.info === 'sh' ? parseCurl(requestBlock.content, title) : parseHttp(requestBlock.content, title),
        expected: { status: Number(answerBlock.info.slice('json '.length)), body: JSON.parse(answerBlock.content) as unknown },
      };
    });
}

/** An HTTP request as RFC 9112 writes it: a request line, header lines, a blank line, then the body. */
function parseHttp(content: string, title: string): DocumentedRequest {
  const [head = '', ...rest] = content.trim().split(/\n\n/);
  const [requestLine = '', ...headerLines] = head.split('\n');
  const [method, target, ...extra] = requestLine.split(' ');
  if (method === undefined || target === undefined || extra.length > 0) throw new Error(`docs/examples.md, "${title}": the request line "${requestLine}" is not "<METHOD> <path>".`);
  const headers = headerLines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`docs/examples.md, "${title}": "${line}" is not a header line.`);
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  });
  const body = rest.join('\n\n').trim();
  return { method, target, headers, body: body === '' ? undefined : body };
}

/**
 * A curl command line, as far as the documented examples go: -X, -H and -d (and their long names) and one URL, with
 * single- and double-quoted words and backslash line continuations. Anything else is refused.
 */
export function parseCurl(content: string, title: string): DocumentedRequest {
  const words = shellWords(content.replace(/\\\n/g, ' '), title);
  if (words.shift() !== 'curl') throw new Error(`docs/examples.md, "${title}": the sh block is not one curl command.`);
  const request: DocumentedRequest = { method: '', target: '', headers: [], body: undefined };
  while (words.length > 0) {
    const word = words.shift() as string;
    const value = (): string => {
      const next = words.shift();
      if (next === undefined) throw new Error(`docs/examples.md, "${title}": ${word} has no value.`);
      return next;
    };
    if (word === '-X' || word === '--request') request.method = value();
    else if (word === '-H' || word === '--header') {
      const header = value();
      const colon = header.indexOf(':');
      request.headers.push([header.slice(0, colon).trim(), header.slice(colon + 1).trim()]);
    } else if (word === '-d' || word === '--data' || word === '--data-raw') request.body = value();
    else if (word.startsWith('-')) throw new Error(`docs/examples.md, "${title}": this reader does not know curl's ${word}.`);
    else if (request.target === '') request.target = word;
    else throw new Error(`docs/examples.md, "${title}": a second URL, ${word}.`);
  }
  // curl's own default: GET, or POST when there is a body.
  if (request.method === '') request.method = request.body === undefined ? 'GET' : 'POST';
  return request;
}

/** Splits a line into words as a POSIX shell would, for quotes only; expansions and operators are refused. */
function shellWords(line: string, title: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] as string;
    if (char === "'" || char === '"') {
      const end = line.indexOf(char, index + 1);
      if (end < 0) throw new Error(`docs/examples.md, "${title}": an unclosed ${char}.`);
      const quoted = line.slice(index + 1, end);
      if (char === '"' && /[$`\\]/.test(quoted)) throw new Error(`docs/examples.md, "${title}": a double-quoted word with $, \` or \\ needs a real shell.`);
      word = (word ?? '') + quoted;
      index = end;
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (/[$`\\|&;<>()*?#~]/.test(char)) {
      throw new Error(`docs/examples.md, "${title}": "${char}" outside quotes needs a real shell.`);
    } else word = (word ?? '') + char;
  }
  if (word !== null) words.push(word);
  return words;
}
