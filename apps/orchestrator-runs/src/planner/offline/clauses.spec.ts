import { splitClauses } from './clauses';
import { matchFeatures, namedFeature } from './feature-catalogue';
import { clauseName, stem } from './text';

describe('splitClauses', () => {
  it('cuts sentences, bullets, commas, semicolons and "and", carrying the wording forward', () => {
    expect(splitClauses('Users must sign up and log in; buyers pay with Stripe.\n- search, maybe')).toEqual([
      { text: 'Users must sign up', priority: 'high', sentence: 0 },
      { text: 'log in', priority: 'high', sentence: 0 },
      { text: 'buyers pay with Stripe', priority: 'high', sentence: 0 },
      { text: 'search', priority: null, sentence: 1 },
      { text: 'maybe', priority: 'low', sentence: 1 },
    ]);
  });
});

describe('the catalogue', () => {
  it('matches whole words, plural and -ing tolerant, phrases word by word', () => {
    expect(stem('payments')).toBe(stem('payment'));
    expect(stem('searching')).toBe(stem('searches'));
    expect(matchFeatures('Sign-up with e-mail, then upload photos').map((feature) => feature.key)).toEqual([
      'auth',
      'notifications',
      'uploads',
    ]);
    expect(matchFeatures('a rapid capital builder')).toEqual([]);
    expect(matchFeatures('in order to please people')).toEqual([]);
  });

  it('knows a phrase that names a feature as a whole', () => {
    expect(namedFeature('Stripe payments')?.key).toBe('payments');
    expect(namedFeature('the search feature')?.key).toBe('search');
    expect(namedFeature('password reset')).toBeNull();
  });

  it('names a clause without its framing', () => {
    expect(clauseName('We must let users upload photos')).toBe('upload photos');
    expect(clauseName('it would be nice to have')).toBeNull();
  });
});
