import { PageHeader } from '../../ui/states';

export function RunsPage() {
  return <PageHeader title="RunsPage" />;
}
