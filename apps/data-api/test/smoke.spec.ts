import { asMember, DataApiHarness } from './support/harness';

describe('harness', () => {
  let api: DataApiHarness;
  beforeAll(async () => {
    api = await DataApiHarness.start();
  });
  afterAll(async () => {
    await api.close();
  });

  it('creates a project as a member', async () => {
    const reply = await api.request<{ owner_id: string }>('POST', '/api/projects', {
      as: asMember,
      body: { name: 'x', modules: [] },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.owner_id).toBe(api.users.member.id);
  });
});
