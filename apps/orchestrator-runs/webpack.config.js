module.exports = require('../../webpack.node')({
  root: 'apps/orchestrator-runs',
  main: { main: 'src/main.ts', worker: 'src/worker/main.ts' },
  outputPath: 'dist/apps/orchestrator-runs',
  tsConfig: 'tsconfig.app.json',
});
