module.exports = require('../../webpack.node')({
  root: 'libs/devstack',
  main: 'src/main.ts',
  outputPath: 'dist/libs/devstack',
  tsConfig: 'tsconfig.app.json',
});
