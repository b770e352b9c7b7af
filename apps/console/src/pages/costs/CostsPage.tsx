import { PageHeader } from '../../ui/states';

export function CostsPage() {
  return <PageHeader title="CostsPage" />;
}
