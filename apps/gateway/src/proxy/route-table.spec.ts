import { grantedScopes, requiredScope } from './route-table';

describe('the scope a request needs', () => {
  it('is read for safe methods, write for changes, admin for changes to the admin registries', () => {
    expect(requiredScope('GET', '/api/users')).toBe('read');
    expect(requiredScope('HEAD', '/api/servers/1')).toBe('read');
    expect(requiredScope('POST', '/api/projects')).toBe('write');
    expect(requiredScope('DELETE', '/runs/1')).toBe('write');
    expect(requiredScope('POST', '/api/api_keys')).toBe('admin');
    for (const path of [
      '/api/users',
      '/api/servers/1',
      '/api/available_models?x=1',
      '/api/agent_configs/bulk',
      '/api/cli_agent_configs',
    ])
      expect(requiredScope('PATCH', path)).toBe('admin');
  });

  it('is not fooled by percent-encoding or a look-alike prefix', () => {
    expect(requiredScope('POST', '/api/%75sers')).toBe('admin');
    expect(requiredScope('POST', '/api/users%2F1')).toBe('admin');
    expect(requiredScope('POST', '/api/usersettings')).toBe('write');
    // Not decodable: judged as written (the upstream refuses it).
    expect(requiredScope('POST', '/api/%E0%A4%A')).toBe('write');
  });
});

describe('the scopes a key grants', () => {
  it('implies read from write and write from admin', () => {
    expect([...grantedScopes(['read'])]).toEqual(['read']);
    expect([...grantedScopes(['write'])].sort()).toEqual(['read', 'write']);
    expect([...grantedScopes(['admin'])].sort()).toEqual(['admin', 'read', 'write']);
  });

  it('gives a key without scopes its owner’s full rights, finer scopes their class, and others nothing', () => {
    expect([...grantedScopes([])].sort()).toEqual(['admin', 'read', 'write']);
    expect([...grantedScopes(['runs:read'])]).toEqual(['read']);
    expect([...grantedScopes(['runs:write'])].sort()).toEqual(['read', 'write']);
    expect([...grantedScopes(['deploy'])]).toEqual([]);
  });
});
