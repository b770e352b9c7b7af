/**
 * An organization's days and months in its own timezone: which quota window an instant falls in,
 * and when the next one starts (as an instant), DST included.
 */
export class OrgCalendar {
  private readonly parts: Intl.DateTimeFormat;

  constructor(readonly timezone: string) {
    this.parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  }

  /** `YYYY-MM-DD`: the local date at `at`. */
  day(at: Date): string {
    const p = this.fields(at);
    return `${p.year}-${p.month}-${p.day}`;
  }

  /** `YYYY-MM`: the local month at `at`. */
  month(at: Date): string {
    return this.day(at).slice(0, 7);
  }

  /** The instant `at`'s local day began. */
  dayStart(at: Date): Date {
    const [y, m, d] = this.day(at).split('-').map(Number);
    return this.startOf(y, m, d);
  }

  /** The instant the local day `day` (YYYY-MM-DD) begins. */
  startOfDay(day: string): Date {
    const [y, m, d] = day.split('-').map(Number);
    return this.startOf(y, m, d);
  }

  /** The instant `at`'s local month began. */
  monthStart(at: Date): Date {
    const [y, m] = this.month(at).split('-').map(Number);
    return this.startOf(y, m, 1);
  }

  /** The instant the local day after `at`'s begins. */
  nextDayStart(at: Date): Date {
    const [y, m, d] = this.day(at).split('-').map(Number);
    return this.startOf(y, m, d + 1);
  }

  /** The instant the local month after `at`'s begins. */
  nextMonthStart(at: Date): Date {
    const [y, m] = this.month(at).split('-').map(Number);
    return this.startOf(y, m + 1, 1);
  }

  /** Local midnight of a (possibly overflowing) date, found by correcting for the zone's offset twice (DST edges). */
  private startOf(year: number, month: number, day: number): Date {
    const wall = Date.UTC(year, month - 1, day);
    let guess = wall - this.offsetMs(new Date(wall));
    guess = wall - this.offsetMs(new Date(guess));
    return new Date(guess);
  }

  /** The zone's offset from UTC at `at`, in ms (local wall time minus UTC). */
  private offsetMs(at: Date): number {
    const p = this.fields(at);
    const local = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
    return local - Math.floor(at.getTime() / 1000) * 1000;
  }

  private fields(at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
    const out = { year: '', month: '', day: '', hour: '', minute: '', second: '' };
    for (const part of this.parts.formatToParts(at))
      if (part.type in out) out[part.type as keyof typeof out] = part.value;
    return out;
  }
}
