import { PageHeader } from '../../ui/states';

export function ProjectPage() {
  return <PageHeader title="ProjectPage" />;
}
