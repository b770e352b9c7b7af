// Jest's order (slowest first when an earlier run timed the files, else the largest first), with the
// end-to-end tier ahead of the rest: its files are small but the slowest of the suite (they start
// the built processes), and one started last keeps a worker busy after the others have finished.
const Sequencer = require('@jest/test-sequencer').default;

const END_TO_END = /\.e2e\.spec\.ts$/;

class SuiteSequencer extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    return [
      ...ordered.filter((t) => END_TO_END.test(t.path)),
      ...ordered.filter((t) => !END_TO_END.test(t.path)),
    ];
  }
}

module.exports = SuiteSequencer;
