import { PageHeader } from '../../ui/states';

export function ProjectsPage() {
  return <PageHeader title="ProjectsPage" />;
}
