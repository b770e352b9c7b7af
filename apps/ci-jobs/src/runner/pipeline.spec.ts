import { DEFAULT_STEP_TIMEOUT_S, parsePipeline } from './pipeline';

describe('.slipway/ci.yml', () => {
  it('reads steps with their env and timeouts, defaulting the timeout', () => {
    expect(
      parsePipeline(
        'steps:\n  - name: build\n    run: make\n    env: { N: 2, DEBUG: true }\n    timeout: 60\n  - name: test\n    run: make test\n',
      ),
    ).toEqual([
      { name: 'build', run: 'make', env: { N: '2', DEBUG: 'true' }, timeout: 60 },
      { name: 'test', run: 'make test', env: {}, timeout: DEFAULT_STEP_TIMEOUT_S },
    ]);
  });

  it.each([
    ['steps: [', 'is not valid YAML'],
    ['image: node', 'must have a non-empty list "steps"'],
    ['steps: []', 'must have a non-empty list "steps"'],
    ['steps:\n  - run: make', 'steps[0].name must be a non-empty string'],
    ['steps:\n  - name: a', 'steps[0].run must be a non-empty string'],
    ['steps:\n  - name: a\n    run: b\n    timeout: 0', 'steps[0].timeout must be whole seconds'],
    ['steps:\n  - name: a\n    run: b\n    env: { "BAD-NAME": x }', 'invalid variable name: BAD-NAME'],
    ['steps:\n  - name: a\n    run: b\n    env: { X: [1] }', 'steps[0].env must map names to strings'],
  ])('refuses %j', (text, message) => {
    expect(() => parsePipeline(text)).toThrow(message);
  });
});
