import { PageHeader } from '../../ui/states';

export function JobsPage() {
  return <PageHeader title="JobsPage" />;
}
