// Markdown files are bundled as their text (tsup's `text` loader; in tests, test/support/markdown-transform.cjs).
declare module '*.md' {
  const text: string;
  export default text;
}
