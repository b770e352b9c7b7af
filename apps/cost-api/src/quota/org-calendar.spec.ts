import { OrgCalendar } from './org-calendar';

describe('OrgCalendar', () => {
  it('puts an instant in the local day and month of the zone', () => {
    const tokyo = new OrgCalendar('Asia/Tokyo');
    const at = new Date('2026-03-31T16:30:00Z'); // 01:30 on April 1st in Tokyo
    expect(tokyo.day(at)).toBe('2026-04-01');
    expect(tokyo.month(at)).toBe('2026-04');
    expect(new OrgCalendar('UTC').day(at)).toBe('2026-03-31');
  });

  it('finds the next local midnight and month start as instants', () => {
    const paris = new OrgCalendar('Europe/Paris');
    expect(paris.nextDayStart(new Date('2026-07-10T12:00:00Z')).toISOString()).toBe(
      '2026-07-10T22:00:00.000Z',
    );
    expect(paris.nextMonthStart(new Date('2026-12-15T12:00:00Z')).toISOString()).toBe(
      '2026-12-31T23:00:00.000Z',
    );
  });

  it('finds where the local day and month began', () => {
    const tokyo = new OrgCalendar('Asia/Tokyo');
    const at = new Date('2026-03-31T16:30:00Z');
    expect(tokyo.dayStart(at).toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(tokyo.monthStart(at).toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(new OrgCalendar('UTC').monthStart(at).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('crosses daylight-saving changes', () => {
    const newYork = new OrgCalendar('America/New_York');
    // 2026-03-08 is the spring-forward day: midnight after it is EDT (UTC-4).
    expect(newYork.nextDayStart(new Date('2026-03-08T12:00:00Z')).toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
    // The day before: midnight starting March 8 is still EST (UTC-5).
    expect(newYork.nextDayStart(new Date('2026-03-07T12:00:00Z')).toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
  });
});
