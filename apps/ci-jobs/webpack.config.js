module.exports = require('../../webpack.node')({
  root: 'apps/ci-jobs',
  main: { main: 'src/main.ts', runner: 'src/runner/main.ts' },
  outputPath: 'dist/apps/ci-jobs',
  tsConfig: 'tsconfig.app.json',
});
