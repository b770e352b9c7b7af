import type { V1Container, V1EnvVar, V1Job } from '@kubernetes/client-node';
import { jobEnvironment, type ExecutableJob } from './executor';
import { KILL_GRACE_VARIABLE, RUN_PIPELINE_COMMAND } from './pod-pipeline';

export interface JobManifestOptions {
  namespace: string;
  /** Runs the steps: an image built from slipway/ci-jobs (it has /app/runner.js) plus their tools. */
  runnerImage: string;
  /** Clones the commit: any image with git and sh. */
  gitImage: string;
  /** Requests and limits of each container, as Kubernetes quantities. */
  cpu: string;
  memory: string;
  /** Runs the pod under this account with its token mounted; unset, the namespace default without a token. */
  serviceAccount?: string;
  deadlineSeconds: number;
  ttlSecondsAfterFinished: number;
  killGraceMs: number;
}

export const CLONE_CONTAINER = 'clone';
export const RUN_CONTAINER = 'run';
export const JOB_ID_LABEL = 'slipway.dev/job-id';

const WORKSPACE = '/workspace';
/**
 * A directory the clone creates, so it belongs to the pod's user: git refuses to work in a
 * repository owned by someone else, and the emptyDir itself is owned by root.
 */
const CHECKOUT = `${WORKSPACE}/src`;
const POD_USER = 1000;

/**
 * The clone, run in WORKSPACE into `src` (CHECKOUT), as fixed text: the URL, ref and commit
 * arrive as environment variables and are only ever expanded inside double quotes, so no webhook
 * value is read as shell code. The executor has checked them with the local executor's rules
 * before the Job exists.
 */
const CLONE_SCRIPT = `set -eu
git init -q src
cd src
git remote add origin "$CLONE_URL"
git fetch -q --depth 1 origin "$CLONE_REF"
if [ -n "$CLONE_SHA" ]; then
  git fetch -q --depth 1 origin "$CLONE_SHA"
  git checkout -q --detach "$CLONE_SHA"
else
  git checkout -q --detach FETCH_HEAD
fi
echo "checked out $(git rev-parse HEAD)"`;

/** A DNS-1123 label from a job id (a UUID stays as it is), usable as a name part and a label value. */
export function dnsLabel(id: string): string {
  const label = id
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  if (label === '') throw new Error(`job id ${JSON.stringify(id)} has nothing usable in a Kubernetes name`);
  return label;
}

export const jobName = (job: Pick<ExecutableJob, 'id'>): string => `ci-${dnsLabel(job.id)}`;

const env = (values: Record<string, string>): V1EnvVar[] =>
  Object.entries(values).map(([name, value]) => ({ name, value }));

/**
 * The batch/v1 Job that runs one CI job: an init container clones the commit into an emptyDir,
 * the main container runs `node /app/runner.js run-pipeline` on it (see pod-pipeline.ts). No
 * retries (`backoffLimit: 0`, restartPolicy Never), a deadline, removal after it ends, the same
 * requests and limits on both containers, non-root without privileges and a read-only root
 * filesystem; steps write to the workspace and /tmp.
 */
export function buildJobManifest(job: ExecutableJob, options: JobManifestOptions): V1Job {
  const labels = {
    'app.kubernetes.io/name': 'ci-job',
    'app.kubernetes.io/part-of': 'slipway',
    'app.kubernetes.io/component': 'ci-job',
    'app.kubernetes.io/managed-by': 'ci-runner',
    [JOB_ID_LABEL]: dnsLabel(job.id),
  };
  const container = (name: string, image: string): V1Container => ({
    name,
    image,
    imagePullPolicy: 'IfNotPresent',
    resources: {
      requests: { cpu: options.cpu, memory: options.memory },
      limits: { cpu: options.cpu, memory: options.memory },
    },
    securityContext: {
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    },
    volumeMounts: [
      { name: 'workspace', mountPath: WORKSPACE },
      { name: 'tmp', mountPath: '/tmp' },
    ],
  });
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: jobName(job), namespace: options.namespace, labels },
    spec: {
      backoffLimit: 0,
      activeDeadlineSeconds: options.deadlineSeconds,
      ttlSecondsAfterFinished: options.ttlSecondsAfterFinished,
      template: {
        metadata: { labels },
        spec: {
          restartPolicy: 'Never',
          ...(options.serviceAccount === undefined ? {} : { serviceAccountName: options.serviceAccount }),
          automountServiceAccountToken: options.serviceAccount !== undefined,
          enableServiceLinks: false,
          terminationGracePeriodSeconds: Math.ceil(options.killGraceMs / 1000),
          securityContext: {
            runAsNonRoot: true,
            runAsUser: POD_USER,
            runAsGroup: POD_USER,
            fsGroup: POD_USER,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          initContainers: [
            {
              ...container(CLONE_CONTAINER, options.gitImage),
              command: ['sh', '-c', CLONE_SCRIPT],
              workingDir: WORKSPACE,
              env: env({
                CLONE_URL: job.clone_url,
                CLONE_REF: job.ref,
                CLONE_SHA: job.sha ?? '',
                HOME: '/tmp',
                GIT_TERMINAL_PROMPT: '0',
              }),
            },
          ],
          containers: [
            {
              ...container(RUN_CONTAINER, options.runnerImage),
              command: ['node', '/app/runner.js', RUN_PIPELINE_COMMAND, CHECKOUT],
              workingDir: CHECKOUT,
              env: env({
                ...jobEnvironment(job),
                [KILL_GRACE_VARIABLE]: String(options.killGraceMs),
                HOME: '/tmp',
              }),
            },
          ],
          volumes: [
            { name: 'workspace', emptyDir: { sizeLimit: '8Gi' } },
            { name: 'tmp', emptyDir: { sizeLimit: '1Gi' } },
          ],
        },
      },
    },
  };
}
