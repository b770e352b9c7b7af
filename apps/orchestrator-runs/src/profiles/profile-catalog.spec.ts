import { RUN_PHASE_ORDER } from '@slipway/contracts';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProfileError, type RunProfile } from './profile';
import { ProfileCatalog, UnknownProfileError } from './profile-catalog';

const SHIPPED = join(__dirname, '../../profiles');

const requiredByPhase = (profile: RunProfile) =>
  Object.fromEntries(RUN_PHASE_ORDER.map((phase) => [phase, profile.phases[phase].required_artifacts]));

describe('ProfileCatalog with the shipped profiles', () => {
  let catalog: ProfileCatalog;
  beforeAll(async () => {
    catalog = await ProfileCatalog.load(SHIPPED);
  });

  it('offers analytics_forecast_app and web_service', () => {
    expect(catalog.names()).toEqual(['analytics_forecast_app', 'web_service']);
    expect(catalog.has('web_service')).toBe(true);
    expect(catalog.has('WEB_SERVICE')).toBe(false);
  });

  it('builds the analytics application phase by phase, without approval gates', () => {
    const profile = catalog.get('analytics_forecast_app');
    expect(requiredByPhase(profile)).toEqual({
      planning: ['PRD.md', 'requirements.txt'],
      architecture: ['architecture.md', 'system_design.md'],
      data: ['data_schema.json', 'data_pipeline.py'],
      development: ['src/model.py', 'src/data_loader.py', 'src/app.py', 'requirements.txt'],
      qa: ['test_plan.md', 'test_results.json'],
      documentation: ['README.md'],
    });
    expect(RUN_PHASE_ORDER.filter((phase) => profile.phases[phase].approval_gate)).toEqual([]);
    const codeTypes = profile.phases.development.agents.flatMap((agent) =>
      agent.outputs.map((output) => output.type),
    );
    expect(new Set(codeTypes)).toEqual(new Set(['python', 'text']));
  });

  it('stops the web service for approval after architecture only', () => {
    const profile = catalog.get('web_service');
    expect(RUN_PHASE_ORDER.filter((phase) => profile.phases[phase].approval_gate)).toEqual(['architecture']);
    expect(
      profile.phases.development.agents[0].outputs.filter((output) => output.type === 'typescript'),
    ).not.toHaveLength(0);
  });

  it('tells every agent, in its instructions, about each file it must write', () => {
    for (const name of catalog.names()) {
      for (const phase of RUN_PHASE_ORDER) {
        for (const agent of catalog.get(name).phases[phase].agents) {
          for (const output of agent.outputs)
            expect(`${name}/${phase}/${agent.id}: ${agent.instructions}`).toContain(output.name);
        }
      }
    }
  });

  it('refuses a profile it does not hold, listing the known ones', () => {
    expect(() => catalog.get('mobile_app')).toThrow(UnknownProfileError);
    expect(() => catalog.get('mobile_app')).toThrow(
      'unknown run profile "mobile_app" (known: analytics_forecast_app, web_service)',
    );
  });
});

describe('ProfileCatalog.load', () => {
  let dir: string;
  let valid: string;
  beforeAll(async () => {
    valid = await readFile(join(SHIPPED, 'web_service.yaml'), 'utf8');
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'profiles-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function loadError(): Promise<ProfileError> {
    try {
      await ProfileCatalog.load(dir);
    } catch (error) {
      if (error instanceof ProfileError) return error;
      throw error;
    }
    throw new Error('the directory was accepted');
  }

  it('reads only the .yaml files of the directory', async () => {
    await writeFile(join(dir, 'web_service.yaml'), valid);
    await writeFile(join(dir, 'notes.txt'), 'not a profile');
    expect((await ProfileCatalog.load(dir)).names()).toEqual(['web_service']);
  });

  it('names the invalid file', async () => {
    await writeFile(join(dir, 'web_service.yaml'), valid);
    await writeFile(join(dir, 'broken.yaml'), valid.replace('name: web_service', 'name: broken\nowner: me'));
    const error = await loadError();
    expect(error.file).toBe(join(dir, 'broken.yaml'));
    expect(error.problems).toEqual([expect.objectContaining({ path: 'owner', line: 4 })]);
  });

  it('requires the profile name to be the file name', async () => {
    await writeFile(join(dir, 'api.yaml'), valid);
    const error = await loadError();
    expect(error.file).toBe(join(dir, 'api.yaml'));
    expect(error.problems).toEqual([{ path: 'name', message: 'must equal the file name "api"' }]);
  });

  it('refuses a .yml file rather than ignore it', async () => {
    await writeFile(join(dir, 'web_service.yml'), valid);
    expect((await loadError()).problems[0].message).toBe('run profiles must use the .yaml extension');
  });

  it('refuses a directory without profiles', async () => {
    expect((await loadError()).message).toContain('no *.yaml run profiles in this directory');
  });
});

describe('ProfileCatalog.of', () => {
  it('refuses two profiles with one name', async () => {
    const profile = (await ProfileCatalog.load(SHIPPED)).get('web_service');
    expect(() => ProfileCatalog.of([profile, profile])).toThrow('two run profiles are named "web_service"');
  });
});
