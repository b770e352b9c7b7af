import type { NotificationChannelDto, NotificationSummaryDto } from '@slipway/contracts';
import { randomUUID } from 'node:crypto';
import { Summaries } from '../src/notifications/summaries/summaries.service';
import { NotificationsHarness } from './notifications-harness';

jest.setTimeout(60_000);

/** The daily and weekly digests: previewed, and queued by the schedule once their hour has come. */
describe('notification digests', () => {
  let h: NotificationsHarness;

  beforeAll(async () => {
    h = await NotificationsHarness.start();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('mails the daily digest of the day before once its hour has come, once, and previews any day', async () => {
    const org = await h.cost.createOrg({ timezone: 'Europe/Paris', name: 'Digest Org' });
    const mail = await h.cost.request<NotificationChannelDto>(
      'POST',
      `/api/v1/${org.slug}/notifications/channels`,
      { key: org.key },
      {
        body: { name: 'digest', kind: 'email', email: { to: ['finance@example.com'] } },
      },
    );
    const rule = await h.cost.request(
      'POST',
      `/api/v1/${org.slug}/notifications/rules`,
      { key: org.key },
      {
        body: { name: 'daily digest', event: 'daily_summary', channel_ids: [mail.body.id] },
      },
    );
    expect(rule.status).toBe(201);
    const rows: Array<[string, string, string]> = [
      ['2026-03-09', 'gpt-4o', '4'],
      ['2026-03-10', 'gpt-4o', '7.5'],
      ['2026-03-10', 'gpt-4o-mini', '0.000125'],
    ];
    for (const [day, model, amount] of rows)
      await h.cost.client.post('/api/spend_ledger', {
        body: {
          event_id: `digest-${randomUUID()}`,
          org_id: org.id,
          occurred_at: `${day}T10:00:00.000Z`,
          local_day: day,
          source: 'run',
          provider: 'openai',
          model,
          amount,
        },
      });
    const preview = await h.cost.request<NotificationSummaryDto>(
      'GET',
      `/api/v1/${org.slug}/notifications/summaries/daily?date=2026-03-10`,
      { key: org.key },
    );
    expect(preview.body).toMatchObject({
      period: 'daily',
      timezone: 'Europe/Paris',
      from_day: '2026-03-10',
      to_day: '2026-03-10',
      total: '7.500125',
      previous_total: '4',
      change: '3.500125',
      change_percent: '87.50',
      top_models: [
        { provider: 'openai', model: 'gpt-4o', amount: '7.5' },
        { provider: 'openai', model: 'gpt-4o-mini', amount: '0.000125' },
      ],
    });
    const weekly = await h.cost.request<NotificationSummaryDto>(
      'GET',
      `/api/v1/${org.slug}/notifications/summaries/weekly?date=2026-03-10`,
      { key: org.key },
    );
    expect(weekly.body).toMatchObject({ from_day: '2026-03-09', to_day: '2026-03-15', total: '11.500125' });

    const summaries = h.cost.app.get(Summaries);
    // 07:30 in Paris on the 11th: before SUMMARY_SEND_HOUR (8), nothing is due.
    const early = await summaries.sendDue(new Date('2026-03-11T06:30:00.000Z'));
    expect(early.queued).toBe(0);
    const due = await summaries.sendDue(new Date('2026-03-11T07:30:00.000Z'));
    expect(due.queued).toBe(1);
    expect((await summaries.sendDue(new Date('2026-03-11T09:00:00.000Z'))).queued).toBe(0);
    const [digest] = await h.sink.waitFor(1);
    expect(digest.to).toEqual(['finance@example.com']);
    expect(digest.subject).toBe(`[Slipway] Daily spend of ${org.slug}, 2026-03-10: 7.500125 USD`);
    expect(digest.text).toContain('Change against the day before: 3.500125 USD (87.50 %)');
    expect(digest.text).toContain('openai/gpt-4o: 7.5 USD');
    await h.drained();
    expect(h.sink.mails).toHaveLength(1);
  });
});
