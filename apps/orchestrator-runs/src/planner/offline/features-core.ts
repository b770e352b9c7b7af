/** The catalogue's most common features: accounts, API, UI, payments, search, notifications, admin. */
import { keywords, task, type FeatureTemplate } from './catalogue-types';

export const CORE_FEATURES: readonly FeatureTemplate[] = [
  {
    key: 'auth',
    name: 'Authentication',
    phase: 'feature',
    keywords: keywords(
      'auth, authentication, authenticate, login, log in, logout, sign in, signin, sign up, ' +
        'signup, register, registration, oauth, oauth2, sso, single sign on, saml, openid, ' +
        'password, 2fa, mfa, two factor, account, identity',
    ),
    usesData: true,
    after: [],
    tasks: [
      task('Sign-up and login flow', 'engineering', 3, 'Registration, login and logout, hashed passwords.'),
      task('Password reset and email verification', 'engineering', 2, 'Reset links and address checks.'),
      task('OAuth and SSO providers', 'engineering', 3, 'Sign-in through external identity providers.'),
      task('Session and token security', 'engineering', 2, 'Token expiry and refresh, login rate limits.'),
      task('Authentication tests', 'qa', 2, 'Happy paths, lockouts and expired sessions.'),
    ],
  },
  {
    key: 'api',
    name: 'API',
    phase: 'feature',
    keywords: keywords(
      'api, rest, restful, graphql, endpoint, grpc, backend, back end, openapi, swagger, sdk',
    ),
    usesData: true,
    after: [],
    tasks: [
      task('API design and OpenAPI contract', 'planning', 2, 'Resources, operations and error format.'),
      task('Core API endpoints', 'engineering', 5, 'The resources of the domain, with authorization.'),
      task('Validation, errors and pagination', 'engineering', 2, 'Input checks and consistent answers.'),
      task('API reference documentation', 'documentation', 1, 'Published from the contract.'),
      task('API contract tests', 'qa', 2, 'Every operation against its documented contract.'),
    ],
  },
  {
    key: 'ui',
    name: 'User interface',
    phase: 'feature',
    keywords: keywords(
      'ui, user interface, frontend, front end, web app, webapp, dashboard, page, screen, ' +
        'mobile, ios, android, react, vue, angular, responsive, website, web site, portal, ux',
    ),
    usesData: false,
    after: [],
    tasks: [
      task('UI design and wireframes', 'planning', 2, 'Main journeys, screens and states.'),
      task('Application shell and navigation', 'engineering', 3, 'Layout, routing and shared components.'),
      task('Core screens', 'engineering', 5, 'The screens of the main journeys, wired to the API.'),
      task('Responsive and accessible layout', 'engineering', 2, 'Small screens, keyboard and contrast.'),
      task('UI component tests', 'qa', 2, 'Components and journeys in a browser.'),
    ],
  },
  {
    key: 'payments',
    name: 'Payments',
    phase: 'feature',
    keywords: keywords(
      'payment, pay, billing, bill, invoice, invoicing, stripe, paypal, subscription, subscribe, ' +
        'checkout, refund, credit card, pricing plan',
    ),
    usesData: true,
    after: ['auth'],
    tasks: [
      task('Payment provider integration', 'engineering', 3, 'Customers, payment methods and charges.'),
      task('Checkout flow', 'engineering', 3, 'From basket or plan choice to a confirmed payment.'),
      task('Subscriptions and invoices', 'engineering', 3, 'Plans, renewals, invoices and refunds.'),
      task('Payment webhooks and reconciliation', 'engineering', 2, 'Provider events applied once.'),
      task('Payment tests in the provider sandbox', 'qa', 2, 'Successful, declined and refunded payments.'),
    ],
  },
  {
    key: 'search',
    name: 'Search',
    phase: 'feature',
    keywords: keywords(
      'search, full text, fulltext, elasticsearch, opensearch, meilisearch, filter, facet, ' +
        'autocomplete, typeahead',
    ),
    usesData: true,
    after: [],
    tasks: [
      task('Search index and ingestion', 'engineering', 3, 'Records indexed as they change.'),
      task('Search API with filters and sorting', 'engineering', 3, 'Queries, facets and paging.'),
      task('Search UI with autocomplete', 'engineering', 2, 'Search box, suggestions and results.'),
      task('Search relevance tests', 'qa', 2, 'Known queries return the expected results first.'),
    ],
  },
  {
    key: 'notifications',
    name: 'Notifications',
    phase: 'feature',
    keywords: keywords('notification, notify, email, e mail, sms, text message, alert, reminder, newsletter'),
    usesData: true,
    after: [],
    tasks: [
      task('Notification service and templates', 'engineering', 3, 'One service that renders and queues.'),
      task('Email delivery', 'engineering', 2, 'Provider, bounces and unsubscribe links.'),
      task('Push and SMS channels', 'engineering', 3, 'Device tokens, SMS provider and fallbacks.'),
      task('Notification preferences', 'engineering', 2, 'What each user receives, on which channel.'),
      task('Notification tests', 'qa', 1, 'Each event sends the expected message once.'),
    ],
  },
  {
    key: 'admin',
    name: 'Administration',
    phase: 'feature',
    keywords: keywords(
      'admin, administration, administrator, back office, backoffice, role, permission, rbac, ' +
        'moderation, moderate, moderator',
    ),
    usesData: true,
    after: ['auth'],
    tasks: [
      task('Roles and permissions', 'engineering', 3, 'Who may do what, checked on every operation.'),
      task('Admin console', 'engineering', 3, 'Back-office views of users and records.'),
      task('Moderation tools', 'engineering', 3, 'Review queues, hide and restore content.'),
      task('Audit log of admin actions', 'engineering', 2, 'Who changed what, and when.'),
    ],
  },
];
