// The app, its cost-worker (worker.js), and its admission and budget stores as CommonJS libraries
// that bench/cost-admission.mjs and bench/budgets.mjs load.
const base = require('../../webpack.node')({
  root: 'apps/cost-api',
  main: { main: 'src/main.ts', worker: 'src/worker/main.ts' },
  outputPath: 'dist/apps/cost-api',
  tsConfig: 'tsconfig.app.json',
});

module.exports = {
  ...base,
  entry: {
    ...base.entry,
    'admission-store': { import: './src/quota/admission-store.ts', library: { type: 'commonjs2' } },
    'budget-store': { import: './src/budgets/budget-store.ts', library: { type: 'commonjs2' } },
  },
};
