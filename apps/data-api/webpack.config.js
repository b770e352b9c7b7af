module.exports = require('../../webpack.node')({
  root: 'apps/data-api',
  main: 'src/main.ts',
  outputPath: 'dist/apps/data-api',
  tsConfig: 'tsconfig.app.json',
});
