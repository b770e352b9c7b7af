// How every Slipway process is bundled: TypeScript through ts-loader (decorator metadata kept),
// workspace libraries inlined through the tsconfig.base.json paths, npm packages left as requires.
const { join, resolve } = require('node:path');
const nodeExternals = require('webpack-node-externals');
const { compilerOptions } = require('./tsconfig.base.json');

/** @param {{ root: string, main: string | Record<string, string>, outputPath: string, tsConfig: string }} project */
module.exports = function nodeBundle(project) {
  const workspace = __dirname;
  return {
    mode: 'production',
    target: 'node20',
    context: join(workspace, project.root),
    entry:
      typeof project.main === 'string'
        ? { main: `./${project.main}` }
        : Object.fromEntries(Object.entries(project.main).map(([name, file]) => [name, `./${file}`])),
    output: { path: join(workspace, project.outputPath), filename: '[name].js', clean: true },
    devtool: 'source-map',
    optimization: { minimize: false, nodeEnv: false },
    externalsPresets: { node: true },
    externals: [nodeExternals({ modulesDir: join(workspace, 'node_modules') })],
    resolve: {
      extensions: ['.ts', '.js'],
      alias: Object.fromEntries(
        Object.entries(compilerOptions.paths).map(([name, [target]]) => [
          `${name}$`,
          resolve(workspace, target),
        ]),
      ),
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: { configFile: resolve(workspace, project.root, project.tsConfig), transpileOnly: true },
        },
      ],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
