import { findByTitle } from './fuzzy-match';

const tasks = [
  { title: 'Payments' },
  { title: 'Payment provider integration' },
  { title: 'Checkout flow' },
  { title: 'Login page' },
  { title: 'Login API' },
  { title: 'Search UI with autocomplete' },
];

describe('findByTitle', () => {
  it('prefers the exact title, then the same words in another case', () => {
    expect(findByTitle(tasks, 'Payments')).toEqual({ kind: 'found', item: { title: 'Payments' } });
    expect(findByTitle(tasks, '"checkout FLOW"')).toEqual({
      kind: 'found',
      item: { title: 'Checkout flow' },
    });
    expect(findByTitle(tasks, 'the checkout flow task')).toEqual({
      kind: 'found',
      item: { title: 'Checkout flow' },
    });
  });

  it('then a title holding the words, then shared stemmed words, closest first', () => {
    expect(findByTitle(tasks, 'autocomplete')).toEqual({
      kind: 'found',
      item: { title: 'Search UI with autocomplete' },
    });
    expect(findByTitle(tasks, 'payment')).toEqual({ kind: 'found', item: { title: 'Payments' } });
    expect(findByTitle(tasks, 'provider integrations')).toEqual({
      kind: 'found',
      item: { title: 'Payment provider integration' },
    });
  });

  it('calls equally good candidates ambiguous, and an unknown name missing', () => {
    expect(findByTitle(tasks, 'login')).toEqual({
      kind: 'ambiguous',
      candidates: [{ title: 'Login page' }, { title: 'Login API' }],
    });
    expect(findByTitle(tasks, 'refunds')).toEqual({ kind: 'missing' });
    expect(findByTitle(tasks, 'the')).toEqual({ kind: 'missing' });
  });
});
