// A markdown file as a module whose export is its text, as tsup's `text` loader bundles it.
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};
