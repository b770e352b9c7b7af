import { PageHeader } from '../../ui/states';

export function RunPage() {
  return <PageHeader title="RunPage" />;
}
