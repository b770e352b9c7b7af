// Jest's order (slowest first when an earlier run timed the files, else the largest first), with the
// end-to-end files spread over the first half of the run: they are small files but the slowest of
// the suite (each starts built processes), so by size alone they come last and one of them keeps a
// worker busy after the others are done, while all of them at once overload the machine.
const Sequencer = require('@jest/test-sequencer').default;

const END_TO_END = /\.e2e\.spec\.ts$/;

class SuiteSequencer extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    const endToEnd = ordered.filter((test) => END_TO_END.test(test.path));
    const rest = ordered.filter((test) => !END_TO_END.test(test.path));
    const gap = Math.max(1, Math.floor(rest.length / 2 / Math.max(1, endToEnd.length)));
    const spread = rest.flatMap((test, i) =>
      i % gap === 0 && endToEnd.length > 0 ? [endToEnd.shift(), test] : [test],
    );
    return [...spread, ...endToEnd];
  }
}

module.exports = SuiteSequencer;
