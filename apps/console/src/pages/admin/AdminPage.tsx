import { PageHeader } from '../../ui/states';

export function AdminPage() {
  return <PageHeader title="AdminPage" />;
}
