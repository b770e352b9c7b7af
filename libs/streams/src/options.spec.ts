import { resolveConsumerOptions, streamOptions } from './options';

describe('consumer options per stream', () => {
  const options = resolveConsumerOptions(
    {
      url: 'redis://127.0.0.1:6379',
      group: 'g',
      contracts: {},
      count: 10,
      concurrency: 20,
      perStream: { big: { count: 1000, concurrency: 2000 }, wide: { concurrency: 50 } },
    },
    'consumer-1',
  );

  it('reads a stream of its own with its count and concurrency, and the others with the consumer’s', () => {
    expect(streamOptions(options, 'big')).toMatchObject({ count: 1000, concurrency: 2000, group: 'g' });
    expect(streamOptions(options, 'wide')).toMatchObject({ count: 10, concurrency: 50 });
    expect(streamOptions(options, 'other')).toBe(options);
  });

  it('defaults to no stream of its own', () => {
    expect(resolveConsumerOptions({ url: 'redis://x', group: 'g', contracts: {} }, 'c').perStream).toEqual(
      {},
    );
  });
});
