import { transition, type AlertStanding, type Measurement } from './alert-state';

const standing = (overrides: Partial<AlertStanding> = {}): AlertStanding => ({
  state: 'ok',
  threshold: '10',
  last_window: null,
  last_threshold: null,
  ...overrides,
});
const measured = (above: boolean, window = '2026-03-10'): Measurement => ({
  window,
  value: above ? '12' : '5',
  above,
  detail: {},
});

describe('transition: an alert’s state machine', () => {
  it('triggers and notifies on a first crossing, remembering the window and threshold', () => {
    expect(transition(standing(), measured(true))).toEqual({
      from: 'ok',
      to: 'triggered',
      notify: 'triggered',
      notified: { window: '2026-03-10', threshold: '10' },
    });
  });

  it('stays quiet while still above in the window it notified', () => {
    const notified = standing({ state: 'triggered', last_window: '2026-03-10', last_threshold: '10.000000' });
    expect(transition(notified, measured(true))).toBeNull();
  });

  it('resolves when back under, and says so', () => {
    const notified = standing({ state: 'triggered', last_window: '2026-03-10', last_threshold: '10' });
    expect(transition(notified, measured(false))).toEqual({
      from: 'triggered',
      to: 'resolved',
      notify: 'resolved',
      notified: null,
    });
  });

  it('triggers again without telling when crossing twice in one window at one threshold', () => {
    const resolved = standing({ state: 'resolved', last_window: '2026-03-10', last_threshold: '10' });
    expect(transition(resolved, measured(true))).toEqual({
      from: 'resolved',
      to: 'triggered',
      notify: null,
      notified: null,
    });
  });

  it('re-arms on a new window or a changed threshold, even while triggered', () => {
    const notified = standing({ state: 'triggered', last_window: '2026-03-10', last_threshold: '10' });
    expect(transition(notified, measured(true, '2026-03-11'))?.notify).toBe('triggered');
    expect(transition({ ...notified, threshold: '20' }, measured(true))).toMatchObject({
      from: 'triggered',
      to: 'triggered',
      notified: { window: '2026-03-10', threshold: '20' },
    });
  });

  it('changes nothing under the threshold unless triggered, nor without a value', () => {
    expect(transition(standing(), measured(false))).toBeNull();
    expect(transition(standing({ state: 'resolved' }), measured(false))).toBeNull();
    expect(transition(standing(), { window: '2026-03', value: null, above: false, detail: {} })).toBeNull();
  });
});
