// Bundles the transport half of `npm run bench:streams` (bench/streams.mjs loads it as a CommonJS library).
const base = require('../../webpack.node')({
  root: 'libs/streams',
  main: 'bench/transport.bench.ts',
  outputPath: 'dist/libs/streams',
  tsConfig: 'tsconfig.bench.json',
});

module.exports = {
  ...base,
  entry: { bench: './bench/transport.bench.ts' },
  output: { ...base.output, library: { type: 'commonjs2' } },
};
