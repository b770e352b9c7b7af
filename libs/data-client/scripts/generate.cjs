// Regenerates libs/data-client/src/generated/data-api.ts from apps/data-api/openapi.json, or, given
// `<document> <target> <command>`, another document's types (the console's, from the gateway's).
// The generator is TypeScript (openapi-types.ts, type-checked and tested with the lib); the repo has no
// TS runner, so it is transpiled here in memory. `npm run data-client:generate` then runs prettier on it.
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join, relative, resolve } = require('node:path');
const ts = require('typescript');

const root = resolve(__dirname, '../../..');
const source = join(__dirname, 'openapi-types.ts');
const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
  fileName: source,
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
});
const generator = new Module(source, module);
generator._compile(outputText, source);

const documentPath = process.argv[2] ?? join(root, 'apps/data-api/openapi.json');
const target = process.argv[3] ?? join(root, 'libs/data-client/src/generated/data-api.ts');
const document = JSON.parse(readFileSync(documentPath, 'utf8'));
const from = process.argv[4]
  ? { document: relative(root, documentPath), command: process.argv[4] }
  : undefined;
writeFileSync(target, generator.exports.renderTypes(document, from));
process.stdout.write(`data-client: wrote ${target}\n`);
