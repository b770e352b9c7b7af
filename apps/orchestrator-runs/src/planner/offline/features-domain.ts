/** The catalogue's domain features: social, commerce, AI, security, import/export, maps. */
import { keywords, task, type FeatureTemplate } from './catalogue-types';

export const DOMAIN_FEATURES: readonly FeatureTemplate[] = [
  {
    key: 'social',
    name: 'Social features',
    phase: 'feature',
    keywords: keywords(
      'comment, follow, follower, feed, profile, review, rating, share, sharing, community, ' +
        'forum, upvote, reaction, friend',
    ),
    usesData: true,
    after: ['auth'],
    tasks: [
      task('User profiles', 'engineering', 2, 'Public profile, avatar and settings.'),
      task('Posts and activity feed', 'engineering', 3, 'What people follow, newest first.'),
      task('Comments and reactions', 'engineering', 3, 'Threads, edits and reactions.'),
      task('Follows and sharing', 'engineering', 2, 'Follow people, share links.'),
      task('Abuse reports', 'engineering', 2, 'Report content, block people.'),
    ],
  },
  {
    key: 'commerce',
    name: 'Catalogue and orders',
    phase: 'feature',
    keywords: keywords(
      'catalog, catalogue, product catalog, cart, shopping cart, basket, orders, inventory, ' +
        'stock level, shop, e commerce, ecommerce, marketplace, sku',
    ),
    usesData: true,
    after: [],
    tasks: [
      task('Product catalogue and listings', 'engineering', 3, 'Products, variants, prices and pictures.'),
      task('Shopping cart', 'engineering', 3, 'Add, change and keep items across sessions.'),
      task('Order management', 'engineering', 3, 'Order states from placed to delivered or returned.'),
      task('Inventory and stock levels', 'engineering', 2, 'Stock reserved at checkout, released on cancel.'),
    ],
  },
  {
    key: 'ai',
    name: 'AI and recommendations',
    phase: 'feature',
    keywords: keywords(
      'ai, machine learning, ml, llm, gpt, openai, recommendation, recommend, personalization, ' +
        'personalisation, classifier, classification, prediction, predict, forecast, nlp, ' +
        'embedding, chatbot',
    ),
    usesData: true,
    after: [],
    tasks: [
      task('Model choice and evaluation set', 'research', 3, 'Candidate models measured on real examples.'),
      task('Inference service', 'engineering', 3, 'One service that calls the model, with limits.'),
      task('Recommendation or prediction pipeline', 'engineering', 5, 'Features in, results stored.'),
      task('Quality and bias evaluation', 'qa', 2, 'Results checked against the evaluation set.'),
    ],
  },
  {
    key: 'security',
    name: 'Security and compliance',
    phase: 'feature',
    keywords: keywords(
      'security, gdpr, hipaa, compliance, compliant, privacy, encryption, encrypt, ' +
        'audit, soc2, soc 2, pci, consent, data retention',
    ),
    usesData: true,
    after: [],
    tasks: [
      task('Threat model', 'research', 2, 'Assets, attackers and the mitigations chosen.'),
      task('Encryption and secret management', 'engineering', 3, 'Data encrypted at rest and in transit.'),
      task('Privacy and data retention', 'engineering', 3, 'Consent, export and erasure of personal data.'),
      task('Security review and penetration test', 'qa', 3, 'Findings fixed or accepted in writing.'),
    ],
  },
  {
    key: 'import_export',
    name: 'Import and export',
    phase: 'feature',
    keywords: keywords('import, export, csv, excel, xlsx, spreadsheet, pdf, bulk'),
    usesData: true,
    after: [],
    tasks: [
      task(
        'Import with validation and error report',
        'engineering',
        3,
        'Row-level errors, nothing half-imported.',
      ),
      task('Export to CSV and PDF', 'engineering', 2, 'Exports of what a person can see.'),
      task('Bulk operation jobs', 'engineering', 2, 'Long imports and exports run in the background.'),
    ],
  },
  {
    key: 'maps',
    name: 'Maps and location',
    phase: 'feature',
    keywords: keywords('map, location, geolocation, gps, geocoding, geocode, nearby, distance, geofence'),
    usesData: true,
    after: [],
    tasks: [
      task('Geocoding and location storage', 'engineering', 2, 'Addresses to coordinates, indexed.'),
      task('Map views', 'engineering', 3, 'Records on a map, clustered when many.'),
      task('Nearby search by distance', 'engineering', 3, 'Closest records first, within a radius.'),
    ],
  },
];
