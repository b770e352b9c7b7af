module.exports = require('../../webpack.node')({
  root: 'apps/cost-api',
  main: { main: 'src/main.ts' },
  outputPath: 'dist/apps/cost-api',
  tsConfig: 'tsconfig.app.json',
});
