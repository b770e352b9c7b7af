/** The phases every plan has (setup, testing, deploy), the data model phase, and generic steps. */
import { keywords, task, type FeatureTemplate, type TaskTemplate } from './catalogue-types';

export const SETUP_TASKS: readonly TaskTemplate[] = [
  task(
    'Repository, tooling and CI skeleton',
    'engineering',
    2,
    'Build, lint and test running on every change.',
  ),
  task('Environments and configuration', 'engineering', 2, 'Local, staging and production settings.'),
  task('Architecture overview', 'documentation', 1, 'The components, their data and their boundaries.'),
];

export const TESTING_TASKS: readonly TaskTemplate[] = [
  task('Integration test suite', 'qa', 3, 'Services against real dependencies.'),
  task('End-to-end acceptance tests', 'qa', 3, 'The main journeys, start to finish.'),
];

export const DATA_MODEL: FeatureTemplate = {
  key: 'data',
  name: 'Data model',
  phase: 'data_model',
  keywords: keywords(
    'database, db, schema, data model, entity, table, postgres, postgresql, mysql, sqlite, ' +
      'mongodb, mongo, sql, nosql, orm, migration',
  ),
  usesData: true,
  after: [],
  tasks: [
    task('Domain model and entities', 'planning', 2, 'The records, their fields and relations.'),
    task('Database schema and migrations', 'engineering', 3, 'Tables, constraints and indexes, migrated.'),
    task('Data access layer and seed data', 'engineering', 3, 'Repositories and sample data.'),
  ],
};

export const DEPLOY: FeatureTemplate = {
  key: 'deploy',
  name: 'Deploy',
  phase: 'deploy',
  keywords: keywords(
    'deploy, deployment, ci cd, ci, continuous integration, continuous delivery, docker, ' +
      'container, kubernetes, k8s, helm, hosting, cloud, aws, gcp, azure, heroku, vercel, ' +
      'netlify, terraform, infrastructure, production',
  ),
  usesData: false,
  after: [],
  tasks: [
    task('Container images', 'deploy', 2, 'Small, non-root images built per service.'),
    task('CI/CD pipeline', 'deploy', 3, 'Tests, build and deploy on every merge.'),
    task('Production rollout and runbook', 'deploy', 3, 'Environments, secrets, rollback steps.'),
  ],
};

/** Steps of any task no template describes; `Implement` is cut into parts when more are asked for. */
export const GENERIC_STEPS = {
  design: task('Design', 'planning', 1, 'What it does, its inputs, outputs and edge cases.'),
  implement: task('Implement', 'engineering', 3, 'The change itself.'),
  test: task('Test', 'qa', 2, 'Tests of the behaviour and its edge cases.'),
  document: task('Document', 'documentation', 1, 'How to use and operate it.'),
} as const;
