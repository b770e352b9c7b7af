// Jest transformer: TypeScript's own transpiler, per file, to CommonJS — workspace .ts files with
// decorator metadata, and the ESM-only packages of node_modules (import.meta rewritten for CJS).
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const ts = require('typescript');

const SELF = readFileSync(__filename);

const base = ts.getParsedCommandLineOfConfigFile(
  require.resolve('../../../../tsconfig.base.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
);
const compilerOptions = {
  ...base.options,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  ignoreDeprecations: '6.0',
  allowJs: true,
  sourceMap: false,
  inlineSourceMap: true,
  inlineSources: true,
  declaration: false,
  importHelpers: false,
};
/** Packages' own code needs no source map: stack traces point into our files, and maps are most of the cost. */
const packageOptions = { ...compilerOptions, sourceMap: false, inlineSourceMap: false, inlineSources: false };
const IMPORT_META = [
  [/\bimport\.meta\.url\b/g, "require('node:url').pathToFileURL(__filename).href"],
  [/\bimport\.meta\.dirname\b/g, '__dirname'],
  [/\bimport\.meta\.filename\b/g, '__filename'],
  [/\bimport\.meta\.resolve\(/g, 'require.resolve('],
];

module.exports = {
  process(source, fileName) {
    // An ES module that makes its own `require` (createRequire) would clash with the CommonJS one: rename it.
    const own = /\b(const|let|var) require\b/.test(source)
      ? source.replace(/\brequire\b/g, '__esmRequire')
      : source;
    const inPackage = /(^|[\\/])node_modules[\\/]/.test(fileName);
    const { outputText } = ts.transpileModule(own, {
      fileName,
      compilerOptions: inPackage ? packageOptions : compilerOptions,
    });
    return {
      code: IMPORT_META.reduce(
        (text, [pattern, replacement]) => text.replace(pattern, replacement),
        outputText,
      ),
    };
  },
  getCacheKey(source, fileName) {
    return createHash('sha256').update(ts.version).update(SELF).update(fileName).update(source).digest('hex');
  },
};
