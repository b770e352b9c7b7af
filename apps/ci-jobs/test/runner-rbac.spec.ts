import { KubeConfig } from '@kubernetes/client-node';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role, type IRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import { RoleBinding, type IRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { ServiceAccount, type IServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { parseAllDocuments } from 'yaml';
import { KubernetesApi } from '../src/runner/kubernetes-api';
import { KubernetesExecutor } from '../src/runner/kubernetes-executor';
import { encodePodOutput } from '../src/runner/pod-pipeline';
import { KubernetesStandIn, type RecordedRequest } from './kubernetes-stand-in';

const RBAC = join(__dirname, '../../../k8s/base/ci-jobs/runner-rbac.yaml');

interface Rbac {
  account: IServiceAccount;
  role: IRole;
  binding: IRoleBinding;
}

function readRbac(): Rbac {
  const documents: unknown[] = parseAllDocuments(readFileSync(RBAC, 'utf8')).map((d) => d.toJS());
  const account = documents.find(ServiceAccount.is);
  const role = documents.find(Role.is);
  const binding = documents.find(RoleBinding.is);
  if (!account || !role || !binding)
    throw new Error(`${RBAC} needs a ServiceAccount, a Role and a RoleBinding`);
  expect(documents).toHaveLength(3);
  return { account, role, binding };
}

type Attributes = { group: string; resource: string; verb: string };

/** What the API server authorizes a request as: API group, resource (with subresource) and verb. */
function attributesOf(request: RecordedRequest): Attributes {
  const match =
    /^\/(?:api\/v1|apis\/([^/]+)\/[^/]+)\/namespaces\/[^/]+\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?$/.exec(
      request.path,
    );
  if (match === null) throw new Error(`not a namespaced resource path: ${request.path}`);
  const [, group = '', resource, name, subresource] = match;
  const verb =
    request.method === 'POST'
      ? 'create'
      : request.method === 'DELETE'
        ? 'delete'
        : request.query.get('watch') === 'true'
          ? 'watch'
          : name === undefined
            ? 'list'
            : 'get';
  return { group, resource: subresource === undefined ? resource : `${resource}/${subresource}`, verb };
}

describe('k8s/base/ci-jobs/runner-rbac.yaml', () => {
  it('is a schema-valid ServiceAccount, Role and RoleBinding for ci-runner, in its namespace only', () => {
    const { account, role, binding } = readRbac();
    for (const object of [new ServiceAccount(account), new Role(role), new RoleBinding(binding)]) {
      expect(() => object.validate()).not.toThrow();
      expect(object.metadata?.name).toBe('ci-runner');
      expect(object.metadata?.labels).toMatchObject({
        'app.kubernetes.io/name': 'ci-runner',
        'app.kubernetes.io/part-of': 'slipway',
      });
    }
    expect(account.automountServiceAccountToken).toBe(false);
    expect(binding.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'Role',
      name: 'ci-runner',
    });
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'ci-runner', namespace: 'slipway' }]);
    expect(role.rules).toEqual([
      { apiGroups: ['batch'], resources: ['jobs'], verbs: ['create', 'get', 'list', 'watch', 'delete'] },
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
    ]);
  });

  it('allows every request the kubernetes executor makes', async () => {
    const { role } = readRbac();
    const standIn = new KubernetesStandIn();
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromOptions({
      clusters: [{ name: 'stand-in', server: await standIn.start(), skipTLSVerify: true }],
      users: [{ name: 'ci-runner', token: 'stand-in-token' }],
      contexts: [{ name: 'stand-in', cluster: 'stand-in', user: 'ci-runner' }],
      currentContext: 'stand-in',
    });
    standIn.scenario = async () => {
      standIn.setPod('Running', { clone: 'running', run: { waiting: 'PodInitializing' } });
      await standIn.followed('clone');
      standIn.setPod('Running', { clone: { exit: 0 }, run: 'running' });
      await standIn.followed('run');
      standIn.writeLog('run', encodePodOutput({ line: { stream: 'stdout', text: 'ok' } }).trimEnd());
      standIn.setPod('Succeeded', { clone: { exit: 0 }, run: { exit: 0 } });
      standIn.finishJob({ type: 'Complete' });
    };
    const executor = new KubernetesExecutor(new KubernetesApi(kubeConfig, 'slipway', 20), {
      runnerImage: 'slipway/ci-jobs:0.1.0',
      gitImage: 'slipway/ci-jobs:0.1.0',
      cpu: '2',
      memory: '4Gi',
      deadlineSeconds: 600,
      ttlSecondsAfterFinished: 600,
      killGraceMs: 1000,
      keepJobs: false,
    });
    try {
      const result = await executor.run(
        {
          id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
          forge: 'gitea',
          event: 'push',
          repository: 'team/app',
          clone_url: 'https://gitea.example.com/team/app.git',
          ref: 'refs/heads/main',
          ref_kind: 'branch',
        },
        { write: async () => undefined },
        new AbortController().signal,
      );
      await standIn.played;
      expect(result.status).toBe('success');
    } finally {
      await standIn.stop();
    }
    const used = standIn.requests.map(attributesOf);
    expect(used).toEqual(
      expect.arrayContaining([
        { group: 'batch', resource: 'jobs', verb: 'create' },
        { group: 'batch', resource: 'jobs', verb: 'watch' },
        { group: 'batch', resource: 'jobs', verb: 'delete' },
        { group: '', resource: 'pods', verb: 'watch' },
        { group: '', resource: 'pods', verb: 'list' },
        { group: '', resource: 'pods/log', verb: 'get' },
      ]),
    );
    for (const attributes of used) {
      const allowed = (role.rules ?? []).some(
        (rule) =>
          (rule.apiGroups ?? []).includes(attributes.group) &&
          (rule.resources ?? []).includes(attributes.resource) &&
          rule.verbs.includes(attributes.verb),
      );
      expect({ ...attributes, allowed }).toEqual({ ...attributes, allowed: true });
    }
  });
});
