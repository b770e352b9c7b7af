/** The catalogue's product capabilities: analytics, files, realtime, integrations, languages, operations. */
import { keywords, task, type FeatureTemplate } from './catalogue-types';

export const MORE_FEATURES: readonly FeatureTemplate[] = [
  {
    key: 'analytics',
    name: 'Analytics and reporting',
    phase: 'feature',
    keywords: keywords(
      'analytics, report, reporting, metric, kpi, chart, insight, statistics, stats, tracking, ' + 'bi',
    ),
    usesData: true,
    after: [],
    tasks: [
      task('Event tracking', 'engineering', 2, 'The events worth counting, recorded once each.'),
      task('Reporting queries and aggregates', 'engineering', 3, 'Daily and weekly rollups.'),
      task('Charts and report views', 'engineering', 3, 'The reports people asked for.'),
      task('Scheduled report exports', 'engineering', 2, 'Reports sent or saved on a schedule.'),
    ],
  },
  {
    key: 'uploads',
    name: 'File uploads and storage',
    phase: 'feature',
    keywords: keywords('upload, file, attachment, storage, s3, blob, image, photo, picture, video, media'),
    usesData: true,
    after: [],
    tasks: [
      task(
        'Upload API with size and type checks',
        'engineering',
        3,
        'Streams files, refuses what is not allowed.',
      ),
      task('Object storage integration', 'engineering', 2, 'Buckets, keys and signed download links.'),
      task(
        'Image and media processing',
        'engineering',
        3,
        'Thumbnails and transcoding off the request path.',
      ),
      task('Upload tests', 'qa', 1, 'Large, empty and forbidden files.'),
    ],
  },
  {
    key: 'realtime',
    name: 'Chat and realtime',
    phase: 'feature',
    keywords: keywords(
      'chat, messaging, direct message, realtime, real time, websocket, live update, presence, ' +
        'collaboration, collaborative',
    ),
    usesData: true,
    after: [],
    tasks: [
      task('Realtime transport over WebSockets', 'engineering', 3, 'Connections, rooms and reconnects.'),
      task('Conversations and message history', 'engineering', 3, 'Messages stored, paged and delivered.'),
      task('Presence and typing indicators', 'engineering', 2, 'Who is online and who is typing.'),
      task('Realtime load tests', 'qa', 2, 'Many connections, slow clients, reconnect storms.'),
    ],
  },
  {
    key: 'integrations',
    name: 'Integrations and webhooks',
    phase: 'feature',
    keywords: keywords('integration, integrate, webhook, third party, zapier, slack, connector, sync'),
    usesData: true,
    after: [],
    tasks: [
      task(
        'Outgoing webhooks with signatures and retries',
        'engineering',
        3,
        'Signed events, retried with backoff.',
      ),
      task('Third-party connectors', 'engineering', 3, 'The services the idea names, behind one interface.'),
      task('Integration settings UI', 'engineering', 2, 'Connect, test and disconnect an integration.'),
      task('Integration tests with stubs', 'qa', 2, 'Each connector against a local stand-in.'),
    ],
  },
  {
    key: 'i18n',
    name: 'Internationalization',
    phase: 'feature',
    keywords: keywords(
      'i18n, l10n, internationalization, internationalisation, localization, localisation, ' +
        'localize, translation, translate, language, multilingual, locale, rtl, time zone, ' +
        'timezone',
    ),
    usesData: false,
    after: [],
    tasks: [
      task('Externalized strings and locale loading', 'engineering', 2, 'No user-facing text left in code.'),
      task('Translation workflow', 'engineering', 2, 'Strings exported, translated and imported back.'),
      task('Locale-aware dates, numbers and currencies', 'engineering', 2, 'Formats follow the locale.'),
      task('Localization QA', 'qa', 1, 'Each language checked for overflow and gaps.'),
    ],
  },
  {
    key: 'monitoring',
    name: 'Monitoring and logging',
    phase: 'feature',
    keywords: keywords(
      'monitoring, monitor, observability, logging, tracing, uptime, sentry, prometheus, ' +
        'grafana, error tracking, health check',
    ),
    usesData: false,
    after: [],
    tasks: [
      task(
        'Structured logging and tracing',
        'engineering',
        2,
        'Request ids on every line, traces across services.',
      ),
      task('Service metrics and dashboards', 'ops', 2, 'Latency, errors and saturation per service.'),
      task('Alerting and on-call runbook', 'ops', 2, 'Alerts that need action, with the steps to take.'),
      task('Health checks and uptime probes', 'ops', 1, 'Liveness, readiness and an outside probe.'),
    ],
  },
  {
    key: 'scheduling',
    name: 'Scheduling and calendar',
    phase: 'feature',
    keywords: keywords('schedule, scheduling, calendar, booking, appointment, reservation, slot'),
    usesData: true,
    after: [],
    tasks: [
      task('Availability and time slots', 'engineering', 3, 'Opening hours, exceptions and free slots.'),
      task('Booking flow with conflict checks', 'engineering', 3, 'No double bookings, even under load.'),
      task('Calendar sync', 'engineering', 3, 'iCal feeds and external calendars.'),
      task('Scheduling tests across time zones', 'qa', 2, 'Daylight saving and far-apart zones.'),
    ],
  },
];
