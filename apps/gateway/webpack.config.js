module.exports = require('../../webpack.node')({
  root: 'apps/gateway',
  main: { main: 'src/main.ts' },
  outputPath: 'dist/apps/gateway',
  tsConfig: 'tsconfig.app.json',
});
