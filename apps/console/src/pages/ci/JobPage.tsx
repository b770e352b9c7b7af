import { PageHeader } from '../../ui/states';

export function JobPage() {
  return <PageHeader title="JobPage" />;
}
