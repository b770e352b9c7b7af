module.exports = require('../../webpack.node')({
  root: 'apps/ci-jobs',
  main: 'src/main.ts',
  outputPath: 'dist/apps/ci-jobs',
  tsConfig: 'tsconfig.app.json',
});
